package org.creditgraph.api.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.check.Verdict;
import org.creditgraph.model.store.EventStore.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhook delivery connects to the address that was checked (no DNS rebinding), sends the URL's
 * own host name (Host header, TLS server name and certificate check) and follows no redirect.
 * {@code send} does not touch the event store, so none is given.
 */
class WebhookDeliveryTest {

    static final WatchProperties PROPERTIES = new WatchProperties(
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            2000,
            100000,
            Duration.ofSeconds(10),
            Duration.ofHours(1),
            Duration.ofHours(24),
            Duration.ofSeconds(10),
            Duration.ofSeconds(1));

    static final Event EVENT = new Event(
            "event-1",
            1,
            "watchlist-1",
            "91110000600037341L",
            SubjectKind.ENTERPRISE,
            SanctionDomain.FINANCING,
            null,
            Verdict.RESTRICTED,
            List.of("LISTED"),
            List.of(),
            "v1",
            ZonedDateTime.now(),
            null,
            "LOAD_RUN",
            0,
            org.creditgraph.model.WatchEventKind.LISTING_ADDED,
            "Listing:SERIOUS_DISHONESTY|91110000600037341L|2026-01-01",
            "SERIOUS_DISHONESTY|91110000600037341L|2026-01-01");

    record Hit(String host, String path, String signature, int bytes) {}

    final Queue<Hit> hits = new ConcurrentLinkedQueue<>();
    final AtomicInteger answer = new AtomicInteger(204);
    HttpServer receiver;

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    void serve(HttpServer server) {
        receiver = server;
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            hits.add(new Hit(
                    exchange.getRequestHeaders().getFirst("Host"),
                    exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst(Webhooks.SIGNATURE_HEADER),
                    body.length));
            if (answer.get() == 302) {
                exchange.getResponseHeaders().add("Location", "http://127.0.0.1:1/elsewhere");
            }
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        server.start();
    }

    int startPlain() throws Exception {
        serve(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        return receiver.getAddress().getPort();
    }

    @Test
    void aNameThatRebindsToLoopbackAfterTheCheckIsStillDeliveredToTheCheckedAddress() throws Exception {
        int port = startPlain();
        InetAddress publicAddress = InetAddress.getByName("93.184.216.34");
        AtomicInteger lookups = new AtomicInteger();
        // public on the first lookup, loopback on every later one
        WebhookTargets targets = new WebhookTargets(false, host ->
                new InetAddress[] {lookups.getAndIncrement() == 0 ? publicAddress : InetAddress.getLoopbackAddress()});
        Queue<InetSocketAddress> connections = new ConcurrentLinkedQueue<>();
        // the "network": a connection to the public address reaches the test's receiver
        PinnedPost.Connector network = (address, timeout) -> {
            connections.add(address);
            if (!address.getAddress().equals(publicAddress)) {
                throw new java.net.ConnectException("refused by the test: " + address);
            }
            return PinnedPost.PLAIN.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), timeout);
        };
        Webhooks webhooks = new Webhooks(null, targets, PROPERTIES, network, tls(null));
        try {
            assertThat(webhooks.send("http://hooks.example.com:" + port + "/in?x=1", "s3cret", EVENT))
                    .isEmpty();
            // a second delivery resolves again: now loopback, refused before any connection
            assertThat(webhooks.send("http://hooks.example.com:" + port + "/in?x=1", "s3cret", EVENT))
                    .get()
                    .asString()
                    .contains("refused");
        } finally {
            webhooks.close();
        }
        assertThat(lookups).hasValue(2);
        assertThat(connections).containsExactly(new InetSocketAddress(publicAddress, port));
        Hit hit = hits.remove();
        assertThat(hit.host()).isEqualTo("hooks.example.com:" + port);
        assertThat(hit.path()).isEqualTo("/in?x=1");
        assertThat(hit.signature()).isEqualTo("sha256=" + Webhooks.sign(Webhooks.body(EVENT), "s3cret"));
        assertThat(hit.bytes()).isEqualTo(Webhooks.body(EVENT).length);
        assertThat(hits).isEmpty();
    }

    @Test
    void loopbackDeliveryWorksWhenPrivateTargetsAreAllowed() throws Exception {
        int port = startPlain();
        Webhooks webhooks = new Webhooks(null, new WebhookTargets(true), PROPERTIES);
        try {
            assertThat(webhooks.send("http://127.0.0.1:" + port + "/hook", "s", EVENT))
                    .isEmpty();
            assertThat(webhooks.send("http://localhost:" + port + "/hook", "s", EVENT))
                    .isEmpty();
            answer.set(503);
            assertThat(webhooks.send("http://127.0.0.1:" + port + "/hook", "s", EVENT))
                    .contains("HTTP 503");
            answer.set(302);
            assertThat(webhooks.send("http://127.0.0.1:" + port + "/hook", "s", EVENT))
                    .contains("HTTP 302"); // not followed
        } finally {
            webhooks.close();
        }
        assertThat(hits)
                .extracting(Hit::host)
                .containsExactly("127.0.0.1:" + port, "localhost:" + port, "127.0.0.1:" + port, "127.0.0.1:" + port);
        assertThat(hits).extracting(Hit::path).containsOnly("/hook");
    }

    @Test
    void loopbackDeliveryIsRefusedWhenPrivateTargetsAreNotAllowed() throws Exception {
        int port = startPlain();
        Webhooks webhooks = new Webhooks(null, new WebhookTargets(false), PROPERTIES);
        try {
            assertThat(webhooks.send("http://127.0.0.1:" + port + "/hook", "s", EVENT))
                    .isPresent();
            assertThat(webhooks.send("http://[::ffff:127.0.0.1]:" + port + "/hook", "s", EVENT))
                    .isPresent();
        } finally {
            webhooks.close();
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void httpsToAPinnedAddressChecksTheCertificateAgainstTheUrlsHostName() throws Exception {
        KeyStore keys = keyStore("hooks.test");
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(keyManagers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        serve(server);
        int port = server.getAddress().getPort();
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("hooks", keys.getCertificate("hook"));
        // every name is the loopback receiver here; only the certificate's name differs
        WebhookTargets targets = new WebhookTargets(true, host -> new InetAddress[] {InetAddress.getLoopbackAddress()});
        Webhooks webhooks = new Webhooks(null, targets, PROPERTIES, PinnedPost.PLAIN, tls(trusted));
        try {
            assertThat(webhooks.send("https://hooks.test:" + port + "/tls", "s", EVENT))
                    .isEmpty();
            assertThat(webhooks.send("https://other.test:" + port + "/tls", "s", EVENT))
                    .get()
                    .asString()
                    .contains("SSL");
        } finally {
            webhooks.close();
        }
        assertThat(hits).extracting(Hit::host).containsExactly("hooks.test:" + port);
    }

    static final char[] PASSWORD = "changeit".toCharArray();

    /** A self-signed key for {@code name}, made by the JDK's keytool. */
    KeyStore keyStore(String name) throws Exception {
        Path file = dir.resolve("hook.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "hook",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=" + name,
                        "-ext",
                        "SAN=dns:" + name,
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        file.toString(),
                        "-storepass",
                        new String(PASSWORD))
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    static SSLSocketFactory tls(KeyStore trusted) throws Exception {
        if (trusted == null) {
            return (SSLSocketFactory) SSLSocketFactory.getDefault();
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    @Test
    void standardWebhooksSignaturesMatchTheSpecificationsTestVector() {
        // the published vector of the Standard Webhooks specification (also Svix's)
        byte[] key = java.util.Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        byte[] body = "{\"test\": 2432232314}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat("v1," + Webhooks.standardSignature("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", body, key))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        // the whsec_ form of a watchlist secret is the base64 of the very bytes the signature is keyed with
        String secret = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        byte[] decoded = java.util.Base64.getDecoder()
                .decode(Webhooks.standardSecret(secret).substring("whsec_".length()));
        assertThat(Webhooks.standardSignature("id", "1", body, decoded))
                .isEqualTo(Webhooks.standardSignature("id", "1", body, secret));
    }
}
