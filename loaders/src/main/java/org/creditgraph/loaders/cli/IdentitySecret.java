package org.creditgraph.loaders.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.store.Graph;
import org.creditgraph.model.store.LoadRunStore;

/**
 * D12: the ID-number secret a command-line load hashes with must be the one the graph was loaded
 * with (its fingerprint is in the graph, never the secret). A load pointed at a running server from
 * another folder would otherwise make a new secret in {@code ./data/keys} and a second identity per
 * person; instead it is refused before anything is written, saying which secret to pass.
 */
final class IdentitySecret {

    static final String ENVIRONMENT = "CREDITGRAPH_ID_SECRET";

    private IdentitySecret() {}

    static PersonIdentity forGraph(Graph graph, Path dataDir) {
        Optional<String> stored = new LoadRunStore(graph).identityFingerprint();
        Path file = dataDir.resolve("keys").resolve("id-hmac.key");
        String configured = System.getenv(ENVIRONMENT);
        boolean inEnvironment = configured != null && !configured.isBlank();
        if (stored.isPresent() && !inEnvironment && !Files.exists(file)) {
            throw new WrongSecretException("this graph was loaded with an ID-number secret, and there is none at "
                    + file + "; pass the server's --data-dir (the folder holding keys/id-hmac.key) or set "
                    + ENVIRONMENT + " to the server's secret. Nothing was loaded.");
        }
        PersonIdentity identity = PersonIdentity.fromEnvironmentOr(dataDir);
        if (stored.isPresent() && !stored.get().equals(identity.fingerprint())) {
            throw new WrongSecretException("this graph was loaded with another ID-number secret than "
                    + (inEnvironment ? ENVIRONMENT : file.toString())
                    + "; pass the server's --data-dir (the folder holding keys/id-hmac.key) or set " + ENVIRONMENT
                    + " to the server's secret. Nothing was loaded.");
        }
        return identity;
    }

    static final class WrongSecretException extends RuntimeException {
        WrongSecretException(String message) {
            super(message);
        }
    }
}
