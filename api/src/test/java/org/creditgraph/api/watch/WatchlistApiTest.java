package org.creditgraph.api.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.loaders.catalogue.MeasureCatalogue;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.store.EventStore;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7 end to end: watchlists over HTTP, change detection after load runs made by the real
 * loader (the worker notices completed LoadRun nodes by itself), the daily job past midnight with a
 * controlled clock, signed webhooks to a loopback receiver (down for a while, then up), replay by
 * cursor, the subscription over graphql-transport-ws, and a restart between change and delivery.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WatchlistApiTest.Clocks.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchlistApiTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.now(SHANGHAI);
    static final String PARENT = "91110000600037341L";
    static final String SUBSIDIARY = "91350100M000100Y43";
    static final String NEWLY_LISTED = "91440300MA5DFLX12J";
    static final String EXPIRING = "91110108551385082Q";
    static final String LATER = "11110000000019713H";
    static final String ID_NUMBER = "11010519491231002X";

    /** A clock tests can move; it follows real time until set. */
    static final AtomicReference<Instant> NOW = new AtomicReference<>();

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock testClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return SHANGHAI;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    Instant fixed = NOW.get();
                    return fixed != null ? fixed : Instant.now();
                }
            };
        }
    }

    /** The webhook receiver: records every request; answers 503 while {@code down}. */
    record Received(
            String eventId,
            String signature,
            byte[] body,
            boolean accepted,
            String webhookId,
            String webhookTimestamp,
            String webhookSignature) {}

    static HttpServer receiver;
    static final Queue received = new Queue();
    static final AtomicBoolean down = new AtomicBoolean();

    static final class Queue extends ConcurrentLinkedQueue<Received> {
        List<Received> accepted() {
            return stream().filter(Received::accepted).toList();
        }
    }

    @TempDir
    static Path dir;

    static Loader loader;

    @LocalServerPort
    int port;

    @Autowired
    ChangeDetector detector;

    @Autowired
    EventStore events;

    @Autowired
    WebhookTargets targets;

    @Autowired
    WatchProperties properties;

    @Autowired
    WatchWorker worker;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/watch-test-data");
        registry.add(
                "creditgraph.api-keys",
                () -> "bank-key-Ls9Wv2KhD7qT4gAe=AGENCY@Bank A;other-key-Ju2Xs7LpQ4fK9a=AGENCY@Bank B;"
                        + "fin-key-Tq5Hb8WmC3zR6yGoX=AGENCY:FINANCING@Bank F;" + TWIN_KEY + "=AGENCY@Bank A;" + HEIR_KEY
                        + "=AGENCY@Bank H");
        registry.add("creditgraph.webhooks.allow-private", () -> "true");
        // outcomes are asserted here, not speed: a busy build machine must not time the checks out
        registry.add("creditgraph.resilience.query-timeout", () -> "120s");
    }

    /** A second key named Bank A: the name is shared, the watchlists are not. */
    static final String TWIN_KEY = "twin-key-Wd6Rp1Xz8Hm3QaVe";

    /** The only key named Bank H, which inherits the lists stored under that name. */
    static final String HEIR_KEY = "heir-key-Gk2Nv7Sb4Ty9LcJo";

    @BeforeAll
    static void scenario() throws Exception {
        TestGraph.clean();
        // watchlists as stored before callers had stable ids: owned by role and display name
        for (String owner : List.of("AGENCY:Bank H", "AGENCY:Bank A")) {
            TestGraph.graph()
                    .write(
                            "CREATE (:Watchlist {id: $id, name: 'old list', owner: $owner, domains: ['FINANCING'],"
                                    + " secret: 's', subjectCount: 0, createdAt: datetime()})",
                            Map.of("id", "legacy " + owner, "owner", owner));
        }
        MeasureCatalogue.load(TestGraph.graph());
        loader =
                new Loader(TestGraph.graph(), PersonIdentity.fromEnvironmentOr(Path.of("target/watch-test-data")), 100);
        load(
                Kind.ENTERPRISES,
                "统一社会信用代码,企业名称,行业代码",
                PARENT + ",北京甲矿业有限公司,B0610",
                SUBSIDIARY + ",福州乙建设有限公司,E4710",
                NEWLY_LISTED + ",深圳丙材料有限公司,C3311",
                EXPIRING + ",北京丁化工有限公司,C2611",
                LATER + ",某某有限公司,C2611");
        load(
                Kind.INVESTMENTS,
                "投资方统一社会信用代码或证件号码,投资方名称,被投资企业统一社会信用代码,持股比例,认缴日期,退出日期",
                PARENT + ",北京甲矿业有限公司," + SUBSIDIARY + ",60,2020-01-01,");
        load(
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定依据,认定部门,列入日期,管理期限届满日期",
                "严重失信主体名单,法人,北京丁化工有限公司," + EXPIRING + ",重大事故,,应急管理局," + TODAY.minusDays(300) + "," + TODAY.plusDays(1));
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean accept = !down.get();
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("X-CreditGraph-Event-Id"),
                    exchange.getRequestHeaders().getFirst("X-CreditGraph-Signature"),
                    body,
                    accept,
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature")));
            exchange.sendResponseHeaders(accept ? 204 : 503, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    static void load(Kind kind, String... lines) throws Exception {
        Path file = dir.resolve(kind.fileName());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        loader.load(kind, file, Optional.empty(), Map.of(), Loader.Progress.NONE);
    }

    static void listing(String name, String code, LocalDate listedOn) throws Exception {
        load(
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定依据,认定部门,列入日期",
                "严重失信主体名单,法人," + name + "," + code + ",重大事故,,应急管理局," + listedOn);
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    GraphQlClient bank() {
        return new GraphQlClient(port).with("X-API-Key", "bank-key-Ls9Wv2KhD7qT4gAe");
    }

    String hook() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    static String watchlistId;
    static String secret;
    static String standardSecret;

    JsonNode create(GraphQlClient client, String name, String subjects, String domains, String webhook) {
        return client.query("mutation { createWatchlist(input: {name: \"" + name + "\", subjects: [" + subjects
                + "], domains: [" + domains + "]" + (webhook == null ? "" : ", webhookUrl: \"" + webhook + "\"")
                + "}) { id secret standardWebhooksSecret watchlist { id name subjectCount domains } } }");
    }

    List<JsonNode> eventsOf(String watchlist) {
        JsonNode page = bank().query("{ events(watchlistId: \"" + watchlist + "\", first: 1000) { totalCount"
                        + " edges { cursor node { id subjectId domain oldVerdict newVerdict reasons evidenceIds"
                        + " dataVersion cause effectiveOn kind recordId recordKey } } } }")
                .at("/data/events/edges");
        List<JsonNode> nodes = new ArrayList<>();
        page.forEach(e -> nodes.add(e.at("/node")));
        return nodes;
    }

    Optional<Received> acceptedFor(String subjectId, String verdict) {
        return received.accepted().stream()
                .filter(r -> {
                    JsonNode body = GraphQlClient.json(new String(r.body(), StandardCharsets.UTF_8));
                    return body.at("/subjectId").asString().equals(subjectId)
                            && body.at("/newVerdict").asString().equals(verdict);
                })
                .findFirst();
    }

    @Test
    @Order(1)
    void createWatchlistGivesIdAndSecretAndBaselineVerdicts() {
        JsonNode created = create(
                        bank(),
                        "Borrowers",
                        "{uscc: \"" + SUBSIDIARY + "\"}, {uscc: \"" + NEWLY_LISTED + "\"}, {uscc: \"" + EXPIRING
                                + "\"}, {idNumber: \"" + ID_NUMBER + "\"}",
                        "FINANCING",
                        hook())
                .at("/data/createWatchlist");
        watchlistId = created.at("/id").asString();
        secret = created.at("/secret").asString();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(32);
        standardSecret = created.at("/standardWebhooksSecret").asString();
        assertThat(standardSecret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(standardSecret.substring("whsec_".length())))
                .hasSizeGreaterThanOrEqualTo(24);
        assertThat(created.at("/watchlist/subjectCount").asInt()).isEqualTo(4);
        JsonNode list = bank().query(
                        "{ watchlist(id: \"" + watchlistId + "\") { name subjects(first: 10) {"
                                + " totalCount edges { node { subjectId kind subject { name } verdicts { domain verdict reasons } } } } } }")
                .at("/data/watchlist");
        assertThat(list.at("/subjects/totalCount").asInt()).isEqualTo(4);
        String text = list.toString();
        assertThat(text).doesNotContain(ID_NUMBER); // D12: kept by opaque id
        for (JsonNode edge : list.at("/subjects/edges")) {
            String expected = edge.at("/node/subjectId").asString().equals(EXPIRING) ? "RESTRICTED" : "CLEAR";
            assertThat(edge.at("/node/verdicts/0/verdict").asString())
                    .as(edge.toString())
                    .isEqualTo(expected);
        }
        assertThat(TestGraph.allPropertiesText()).doesNotContain(ID_NUMBER);
    }

    @Test
    @Order(2)
    void loadingANewListingSendsASignedWebhook() throws Exception {
        listing("深圳丙材料有限公司", NEWLY_LISTED, TODAY.minusDays(1));
        await("the webhook for the new listing", () -> acceptedFor(NEWLY_LISTED, "RESTRICTED")
                .isPresent());
        Received r = acceptedFor(NEWLY_LISTED, "RESTRICTED").orElseThrow();
        // the receiver's own check, as the issue states it: hex HMAC-SHA256 of the raw body with the secret
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(r.signature()).isEqualTo("sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(r.body())));
        JsonNode body = GraphQlClient.json(new String(r.body(), StandardCharsets.UTF_8));
        assertThat(body.at("/id").asString()).isEqualTo(r.eventId());
        assertThat(body.at("/oldVerdict").asString()).isEqualTo("CLEAR");
        assertThat(body.at("/domain").asString()).isEqualTo("FINANCING");
        assertThat(body.at("/reasons/0").asString()).isEqualTo("LISTED");
        assertThat(body.at("/evidenceIds").toString()).contains(NEWLY_LISTED);
        assertThat(body.at("/dataVersion").asString()).contains("listings");
        assertThat(body.at("/cause").asString()).isEqualTo("LOAD_RUN");
        // Standard Webhooks, checked as a stock verifier does: HMAC-SHA256 of "id.timestamp.body"
        // with the base64-decoded whsec_ secret, base64, as "v1,<signature>"
        assertThat(r.webhookId()).isEqualTo(r.eventId());
        long sent = Long.parseLong(r.webhookTimestamp());
        assertThat(Math.abs(Instant.now().getEpochSecond() - sent)).isLessThan(300);
        javax.crypto.Mac standard = javax.crypto.Mac.getInstance("HmacSHA256");
        standard.init(new javax.crypto.spec.SecretKeySpec(
                Base64.getDecoder().decode(standardSecret.substring("whsec_".length())), "HmacSHA256"));
        byte[] signed = standard.doFinal(
                (r.webhookId() + "." + r.webhookTimestamp() + "." + new String(r.body(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(r.webhookSignature().split(" "))
                .contains("v1," + Base64.getEncoder().encodeToString(signed));
        // record-level: the event names the listing that changed, and the API resolves it by that id
        String listingKey = "SERIOUS_DISHONESTY|" + NEWLY_LISTED + "|" + TODAY.minusDays(1);
        assertThat(body.at("/kind").asString()).isEqualTo("LISTING_ADDED");
        assertThat(body.at("/recordKey").asString()).isEqualTo(listingKey);
        assertThat(bank().query("{ node(id: \"" + body.at("/recordId").asString() + "\") { ... on Listing { key } } }")
                        .at("/data/node/key")
                        .asString())
                .isEqualTo(listingKey);
        // only the subject the run changed produced an event
        assertThat(eventsOf(watchlistId))
                .extracting(e -> e.at("/subjectId").asString())
                .containsExactly(NEWLY_LISTED);
    }

    @Test
    @Order(3)
    void aShareholderListedMakesTheSubsidiaryAttention() throws Exception {
        listing("北京甲矿业有限公司", PARENT, TODAY.minusDays(2));
        await("the subsidiary's ATTENTION event", () -> acceptedFor(SUBSIDIARY, "ATTENTION")
                .isPresent());
        JsonNode event = eventsOf(watchlistId).stream()
                .filter(e -> e.at("/subjectId").asString().equals(SUBSIDIARY))
                .findFirst()
                .orElseThrow();
        assertThat(event.at("/reasons/0").asString()).isEqualTo("RELATED_PARTY_RESTRICTED");
        assertThat(event.at("/oldVerdict").asString()).isEqualTo("CLEAR");
        assertThat(event.at("/evidenceIds").toString()).contains(PARENT);
        // a new listing of the controlling shareholder (control path) is the record that changed
        assertThat(event.at("/kind").asString()).isEqualTo("LISTING_ADDED");
        assertThat(event.at("/recordId").asString())
                .isEqualTo("Listing:SERIOUS_DISHONESTY|" + PARENT + "|" + TODAY.minusDays(2));
    }

    @Test
    @Order(4)
    void aListingThatExpiresAtMidnightGivesAClearEventThatDay() throws Exception {
        Instant midnight = TODAY.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
        NOW.set(midnight.minusSeconds(1));
        detector.daily();
        assertThat(eventsOf(watchlistId))
                .noneMatch(e -> e.at("/newVerdict").asString().equals("CLEAR"));
        NOW.set(midnight);
        try {
            detector.daily();
        } finally {
            NOW.set(null);
        }
        JsonNode clear = eventsOf(watchlistId).stream()
                .filter(e -> e.at("/subjectId").asString().equals(EXPIRING))
                .findFirst()
                .orElseThrow();
        assertThat(clear.at("/oldVerdict").asString()).isEqualTo("RESTRICTED");
        assertThat(clear.at("/newVerdict").asString()).isEqualTo("CLEAR");
        assertThat(clear.at("/cause").asString()).isEqualTo("SCHEDULED");
        assertThat(clear.at("/kind").asString()).isEqualTo("LISTING_ENDED");
        assertThat(clear.at("/recordKey").asString())
                .isEqualTo("SERIOUS_DISHONESTY|" + EXPIRING + "|" + TODAY.minusDays(300));
        assertThat(clear.at("/effectiveOn").asString())
                .isEqualTo(TODAY.plusDays(1).toString());
        await("the CLEAR webhook", () -> acceptedFor(EXPIRING, "CLEAR").isPresent());
    }

    @Test
    @Order(5)
    void aWebhookDownForAWhileGetsEachEventOnceAfterRecoveryAndADeadOneBlocksNoOne() throws Exception {
        // a second list whose receiver is dead (nothing listens there) watches the same subject
        int deadPort;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }
        String dead = create(
                        bank(),
                        "Dead receiver",
                        "{uscc: \"" + LATER + "\"}",
                        "FINANCING",
                        "http://127.0.0.1:" + deadPort + "/hook")
                .at("/data/createWatchlist/id")
                .asString();
        bank().query("mutation { addToWatchlist(watchlistId: \"" + watchlistId + "\", subjects: [{uscc: \"" + LATER
                + "\"}]) { subjectCount } }");
        down.set(true);
        listing("某某有限公司", LATER, TODAY.minusDays(3));
        await("failed attempts while down", () -> received.stream()
                .anyMatch(r -> !r.accepted() && new String(r.body(), StandardCharsets.UTF_8).contains(LATER)));
        Thread.sleep(1000); // a few more retries
        down.set(false);
        await("delivery after recovery", () -> acceptedFor(LATER, "RESTRICTED").isPresent());
        Thread.sleep(1500); // time enough for a duplicate to show
        Map<String, Integer> acceptedPerId = new ConcurrentHashMap<>();
        received.accepted().forEach(r -> acceptedPerId.merge(r.eventId(), 1, Integer::sum));
        assertThat(acceptedPerId).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
        // every event of the list was delivered
        for (JsonNode e : eventsOf(watchlistId)) {
            assertThat(acceptedPerId).containsKey(e.at("/id").asString());
        }
        // the dead receiver's event is pending, with attempts recorded, and still replayable
        assertThat(eventsOf(dead)).hasSize(1);
        assertThat(TestGraph.count(
                        "MATCH (e:WatchEvent {watchlistId: $w}) WHERE e.nextAttemptAt IS NOT NULL AND e.attempts > 0"
                                + " RETURN count(e)",
                        Map.of("w", dead)))
                .isEqualTo(1);
        bank().query("mutation { deleteWatchlist(id: \"" + dead + "\") }");
    }

    @Test
    @Order(6)
    void aRestartBetweenChangeAndDeliveryStillDelivers() throws Exception {
        worker.stop();
        int before = received.accepted().size();
        try {
            bank().query("mutation { removeFromWatchlist(watchlistId: \"" + watchlistId + "\", subjects: [{uscc: \""
                    + LATER + "\"}]) { subjectCount } }");
            bank().query("mutation { addToWatchlist(watchlistId: \"" + watchlistId + "\", subjects: [{uscc: \"" + PARENT
                    + "\"}]) { subjectCount } }");
            load(
                    Kind.LISTINGS,
                    "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定依据,认定部门,列入日期,移出日期,移出原因",
                    "严重失信主体名单,法人,北京甲矿业有限公司," + PARENT + ",重大事故,,应急管理局," + TODAY.minusDays(2) + "," + TODAY + ",信用修复");
            detector.processPendingRuns(); // the change is recorded; then the "server" goes away
            // a new server: new worker and webhook sender over the same graph, nothing in memory
            Webhooks fresh = new Webhooks(events, targets, properties);
            WatchWorker restarted = new WatchWorker(detector, fresh, events, properties);
            restarted.start();
            try {
                await(
                        "delivery after the restart",
                        () -> acceptedFor(PARENT, "CLEAR").isPresent()
                                && acceptedFor(SUBSIDIARY, "CLEAR").isPresent());
            } finally {
                restarted.stop();
                fresh.close();
            }
        } finally {
            worker.start();
        }
        assertThat(received.accepted().size()).isGreaterThan(before);
    }

    @Test
    @Order(7)
    void eventsReplayByCursor() {
        List<JsonNode> all = eventsOf(watchlistId);
        assertThat(all.size()).isGreaterThanOrEqualTo(4);
        JsonNode first = bank().query("{ events(watchlistId: \"" + watchlistId + "\", first: 1) {"
                        + " pageInfo { hasNextPage endCursor } edges { node { id } } } }")
                .at("/data/events");
        assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        JsonNode rest = bank().query("{ events(watchlistId: \"" + watchlistId + "\", after: \""
                        + first.at("/pageInfo/endCursor").asString() + "\", first: 1000) { edges { node { id } } } }")
                .at("/data/events/edges");
        assertThat(rest.size()).isEqualTo(all.size() - 1);
        assertThat(rest.get(0).at("/node/id").asString())
                .isEqualTo(all.get(1).at("/id").asString());
        JsonNode bad = bank().query("{ events(watchlistId: \"" + watchlistId + "\", after: \"nope\") { totalCount } }");
        assertThat(bad.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    @Order(8)
    void callersSeeAndChangeOnlyTheirOwnWatchlists() {
        GraphQlClient anonymous = new GraphQlClient(port);
        assertThat(create(anonymous, "x", "{uscc: \"" + PARENT + "\"}", "FINANCING", null)
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("FORBIDDEN");
        assertThat(anonymous
                        .query("{ watchlists { id } }")
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("FORBIDDEN");
        GraphQlClient other = new GraphQlClient(port).with("X-API-Key", "other-key-Ju2Xs7LpQ4fK9a");
        assertThat(other.query("{ watchlists { id } }").at("/data/watchlists").size())
                .isZero();
        assertThat(other.query("{ watchlist(id: \"" + watchlistId + "\") { id } }")
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("FORBIDDEN");
        assertThat(other.query("{ events(watchlistId: \"" + watchlistId + "\") { totalCount } }")
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("FORBIDDEN");
        assertThat(other.query("mutation { deleteWatchlist(id: \"" + watchlistId + "\") }")
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("FORBIDDEN");
        GraphQlClient financingOnly = new GraphQlClient(port).with("X-API-Key", "fin-key-Tq5Hb8WmC3zR6yGoX");
        assertThat(create(financingOnly, "x", "{uscc: \"" + PARENT + "\"}", "HONOURS", null)
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("FORBIDDEN");
        assertThat(bank().query("{ watchlists { id } }").at("/data/watchlists").size())
                .isEqualTo(1);
    }

    @Test
    @Order(9)
    void webhooksToLoopbackOrPrivateAddressesAreRefusedUnlessAllowed() {
        WebhookTargets strict = new WebhookTargets(false);
        assertThat(strict.problem("http://127.0.0.1:8080/hook")).isPresent();
        assertThat(strict.problem("http://10.1.2.3/hook")).isPresent();
        assertThat(strict.problem("http://192.168.0.1/hook")).isPresent();
        assertThat(strict.problem("http://[::1]/hook")).isPresent();
        assertThat(strict.problem("ftp://93.184.216.34/hook")).isPresent();
        assertThat(strict.problem("https://93.184.216.34/hook")).isEmpty();
        assertThat(targets.problem("http://127.0.0.1:8080/hook")).isEmpty(); // tests allow them
    }

    @Test
    @Order(10)
    void subscriptionOverGraphqlTransportWs() throws Exception {
        BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/graphql"), new WebSocket.Listener() {
                    final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            messages.add(GraphQlClient.json(text.toString()));
                            text.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        socket.sendText(
                        "{\"type\":\"connection_init\",\"payload\":{\"X-API-Key\":\"bank-key-Ls9Wv2KhD7qT4gAe\"}}",
                        true)
                .get();
        assertThat(messages.poll(10, TimeUnit.SECONDS).at("/type").asString()).isEqualTo("connection_ack");
        socket.sendText(
                        "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription { watchlistEvents(watchlistId: \\\""
                                + watchlistId + "\\\") { id subjectId newVerdict cause } }\"}}",
                        true)
                .get();
        Thread.sleep(500); // subscribed before the change
        load( // a second listing of a listed subject: the verdict stays, the reasons change
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定依据,认定部门,列入日期",
                "黑名单,法人,深圳丙材料有限公司," + NEWLY_LISTED + ",重大事故,,应急管理局," + TODAY.minusDays(10));
        AtomicInteger seen = new AtomicInteger();
        JsonNode next = null;
        while (next == null) {
            JsonNode m = messages.poll(30, TimeUnit.SECONDS);
            assertThat(m).as("a message within 30 s").isNotNull();
            seen.incrementAndGet();
            if (m.at("/type").asString().equals("next")) {
                next = m;
            }
        }
        assertThat(next.at("/payload/data/watchlistEvents/subjectId").asString())
                .isEqualTo(NEWLY_LISTED);
        assertThat(next.at("/payload/data/watchlistEvents/cause").asString()).isEqualTo("LOAD_RUN");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get();
    }

    /** The errors a subscription is refused with, over a real WebSocket (graphql-transport-ws). */
    List<ResponseError> refusal(String apiKey, String watchlist) {
        var builder = WebSocketGraphQlClient.builder(
                URI.create("ws://127.0.0.1:" + port + "/graphql"), new StandardWebSocketClient());
        if (apiKey != null) {
            builder.interceptor(new WebSocketGraphQlClientInterceptor() {
                @Override
                public Mono<Object> connectionInitPayload() {
                    return Mono.just(Map.of("X-API-Key", apiKey));
                }
            });
        }
        WebSocketGraphQlClient client = builder.build();
        try {
            Throwable failure = client.document("subscription($id: ID!) { watchlistEvents(watchlistId: $id) { id } }")
                    .variable("id", watchlist)
                    .executeSubscription()
                    .then()
                    .timeout(Duration.ofSeconds(30))
                    .flux()
                    .materialize()
                    .blockFirst()
                    .getThrowable();
            assertThat(failure).isInstanceOf(SubscriptionErrorException.class);
            return ((SubscriptionErrorException) failure).getErrors();
        } finally {
            client.stop().block(Duration.ofSeconds(10));
        }
    }

    @Test
    @Order(11)
    void refusedSubscriptionsCarryACode() {
        List<ResponseError> otherCaller = refusal("other-key-Ju2Xs7LpQ4fK9a", watchlistId);
        assertThat(otherCaller).hasSize(1);
        assertThat(otherCaller.getFirst().getExtensions()).containsEntry("code", "FORBIDDEN");
        assertThat(otherCaller.getFirst().getMessage()).doesNotContain("Exception");
        List<ResponseError> anonymous = refusal(null, watchlistId);
        assertThat(anonymous.getFirst().getExtensions()).containsEntry("code", "FORBIDDEN");
        List<ResponseError> unknown = refusal("bank-key-Ls9Wv2KhD7qT4gAe", "no-such-watchlist");
        assertThat(unknown.getFirst().getExtensions()).containsEntry("code", "BAD_USER_INPUT");
    }

    @Test
    @Order(12)
    void keysWithOneNameDoNotShareWatchlistsAndOldListsGoToTheOneKeyTheirNameMeans() {
        GraphQlClient twin = new GraphQlClient(port).with("X-API-Key", TWIN_KEY);
        assertThat(twin.query("{ watchlists { id } }").at("/data/watchlists").size())
                .isZero();
        assertThat(twin.query("{ watchlist(id: \"" + watchlistId + "\") { id } }")
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("FORBIDDEN");
        assertThat(bank().query("{ watchlists { id } }")
                        .at("/data/watchlists/0/id")
                        .asString())
                .isEqualTo(watchlistId);
        // two keys are named Bank A, so its old list is handed to neither
        assertThat(twin.query("{ watchlist(id: \"legacy AGENCY:Bank A\") { id } }")
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("FORBIDDEN");
        assertThat(bank().query("{ watchlists { id } }").at("/data/watchlists").size())
                .isEqualTo(1);
        GraphQlClient heir = new GraphQlClient(port).with("X-API-Key", HEIR_KEY);
        assertThat(heir.query("{ watchlists { id name } }")
                        .at("/data/watchlists/0/id")
                        .asString())
                .isEqualTo("legacy AGENCY:Bank H");
        assertThat(TestGraph.count(
                        "MATCH (w:Watchlist {owner: $owner}) RETURN count(w)",
                        Map.of("owner", "key:" + sha256(HEIR_KEY).substring(0, 16))))
                .isEqualTo(1);
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(13)
    void aNewFineThatChangesNoVerdictIsARecordEventAndItsUnchangedReloadIsNone() throws Exception {
        String[] fine = {
            "行政相对人名称,行政相对人类别,统一社会信用代码,行政处罚决定书文号,违法行为类型,处罚类别,罚款金额(万元),处罚决定日期,处罚机关,处罚机关统一社会信用代码",
            "福州乙建设有限公司,法人及非法人组织," + SUBSIDIARY + ",榕应急罚〔2026〕3号,未按规定开展安全培训,罚款,2," + TODAY.minusDays(3)
                    + ",福州市应急管理局,11110000000019713H"
        };
        long before = eventsOf(watchlistId).size();
        load(Kind.PENALTIES, fine);
        await("the fine's record event", () -> eventsOf(watchlistId).stream()
                .anyMatch(e -> e.at("/kind").asString().equals("PENALTY_ADDED")));
        List<JsonNode> added = eventsOf(watchlistId).stream()
                .filter(e -> e.at("/kind").asString().equals("PENALTY_ADDED"))
                .toList();
        assertThat(added).hasSize(1);
        JsonNode event = added.getFirst();
        assertThat(event.at("/subjectId").asString()).isEqualTo(SUBSIDIARY);
        assertThat(event.at("/oldVerdict").asString())
                .isEqualTo(event.at("/newVerdict").asString());
        assertThat(event.at("/recordKey").asString()).contains("榕应急罚〔2026〕3号");
        assertThat(bank().query("{ node(id: \"" + event.at("/recordId").asString() + "\") { ... on Penalty {"
                                + " decisionNumber } } }")
                        .at("/data/node/decisionNumber")
                        .asString())
                .isEqualTo("榕应急罚〔2026〕3号");
        long afterFirst = eventsOf(watchlistId).size();
        assertThat(afterFirst).isEqualTo(before + 1);

        // D7/watch: re-loading the same file writes nothing new, so it tells nobody anything
        load(Kind.PENALTIES, fine);
        load(Kind.ENTERPRISES, "统一社会信用代码,企业名称,行业代码", LATER + ",某某有限公司,C2611");
        await(
                "the later run to be processed",
                () -> TestGraph.graph()
                                .read(
                                        "MATCH (r:LoadRun {status: 'COMPLETED'}) WHERE r.watchedAt IS NULL RETURN count(r) AS n",
                                        Map.of())
                                .getFirst()
                                .get("n")
                                .asLong()
                        == 0);
        assertThat(eventsOf(watchlistId)).hasSize((int) afterFirst);
    }
}
