package org.creditgraph.api.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.loaders.generate.Generator;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.loaders.source.UnusableInputException;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.store.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled demo data set: the project's own generator at {@code --scale 300}, loaded through the
 * ordinary loaders before the server accepts requests (contract §1, {@code --demo}).
 */
public final class DemoData {

    public static final int SCALE = 300;
    public static final long SEED = 42;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private DemoData() {}

    static boolean wanted(CreditGraphProperties properties, boolean freshDataDir) {
        return switch (properties.demo() == null ? CreditGraphProperties.Demo.AUTO : properties.demo()) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> freshDataDir;
        };
    }

    /** Generates the demo files into a temporary dir and loads every KIND in dependency order. */
    public static void load(Graph graph, PersonIdentity identity) {
        Path dir;
        try {
            dir = Files.createTempDirectory("creditgraph-demo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Loading the demo data set (generate --scale {} --seed {})", SCALE, SEED);
        Generator.generate(SCALE, dir, SEED);
        Loader loader = new Loader(graph, identity, Loader.DEFAULT_BATCH_SIZE);
        for (Kind kind : List.of(
                Kind.ENTERPRISES,
                Kind.ROLES,
                Kind.INVESTMENTS,
                Kind.PENALTIES,
                Kind.ACCIDENTS,
                Kind.RESPONSIBILITIES,
                Kind.LISTINGS)) {
            try {
                var result = loader.load(
                        kind, dir.resolve(kind.fileName()), Optional.empty(), Map.of(), Loader.Progress.NONE);
                log.info("demo {}: {}", kind.cliName(), result.summary());
            } catch (UnusableInputException e) {
                throw new IllegalStateException("demo data set is unusable: " + e.getMessage(), e);
            }
        }
    }
}
