package org.creditgraph.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.CoercedVariables;
import graphql.introspection.IntrospectionQuery;
import graphql.parser.Parser;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.api.resilience.DatabaseGuard;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Abuse limits: rate, depth, complexity and check budgets per request, body size, introspection switch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseGuard guard;

    /** The shared test database may hold another test's data, loaded with another ID-number secret. */
    @org.junit.jupiter.api.BeforeAll
    static void emptyGraph() {
        TestGraph.clean();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/limits-test-data");
        registry.add(
                "creditgraph.api-keys",
                () -> "limits-key-Rk7Tz2WqN5vC8m=AGENCY@Limits;limits-admin-Gy3Jd8PfX6bL1s=ADMIN@Ops;" + TWIN_ONE
                        + "=AGENCY@Twins;" + TWIN_TWO + "=AGENCY@Twins");
        registry.add("creditgraph.limits.public-requests-per-second", () -> "3");
        registry.add("creditgraph.limits.key-requests-per-second", () -> "1000");
        registry.add("creditgraph.limits.max-query-depth", () -> "8");
        registry.add("creditgraph.limits.max-query-complexity", () -> "5000");
        registry.add("creditgraph.limits.max-batch", () -> "1000");
        registry.add("creditgraph.limits.max-request-bytes", () -> "100000");
        registry.add("spring.graphql.schema.introspection.enabled", () -> "false");
    }

    static final String TWIN_ONE = "twin-one-Hq7Vx2Lm9Pd4KzGe";
    static final String TWIN_TWO = "twin-two-Bw3Ns8Yc5Tf1RjUa";

    GraphQlClient agency() {
        return new GraphQlClient(port).with("X-API-Key", "limits-key-Rk7Tz2WqN5vC8m");
    }

    static String code(HttpResponse<String> response) {
        JsonNode errors = GraphQlClient.json(response.body()).path("errors");
        return errors.isEmpty()
                ? "none"
                : errors.get(0).path("extensions").path("code").asString();
    }

    @Test
    void anonymousCallersOverTheirRateGet429WithRetryAfterWhileKeysHaveTheirOwn() {
        GraphQlClient anonymous = new GraphQlClient(port).with("X-Forwarded-For", "203.0.113.9");
        HttpResponse<String> last = null;
        for (int i = 0; i < 10; i++) {
            last = anonymous.post("{ __typename }", Map.of());
            if (last.statusCode() == 429) {
                break;
            }
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(code(last)).isEqualTo("RATE_LIMITED");
        // the explorer's static files are not limited: a page load is a burst of twenty-odd of them
        for (String file : List.of("/", "/explorer/i18n.js", "/explorer/profile.js", "/favicon.svg")) {
            assertThat(anonymous.get(file).statusCode()).as(file).isEqualTo(200);
        }
        assertThat(agency().post("{ __typename }", Map.of()).statusCode()).isEqualTo(200);
        assertThat(new GraphQlClient(port)
                        .with("X-API-Key", "limits-admin-Gy3Jd8PfX6bL1s")
                        .get("/actuator/prometheus")
                        .body())
                .contains("creditgraph_ratelimit_rejections_total{caller=\"public\"}");
    }

    @Test
    void tooDeepQueriesAreTooComplex() {
        String deep = "{ search(text: \"矿业\") { edges { node { ... on Enterprise { investments { investee {"
                + " investments { investee { investments { investee { name } } } } } } } } } } }";
        assertThat(code(agency().post(deep, Map.of()))).isEqualTo("QUERY_TOO_COMPLEX");
    }

    @Test
    void queriesThatWouldReturnTooMuchAreTooComplex() {
        String wide = "{ penalties(first: 100) { edges { node { decisionNumber party { name } authority { name uscc }"
                + " } } } search(text: \"矿业\", first: 100) { edges { node { ... on Enterprise {"
                + " penalties(first: 100) { edges { node { decisionNumber types decidedOn } } } } } } } }";
        HttpResponse<String> response = agency().post(wide, Map.of());
        assertThat(code(response)).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("graphql.");
        assertThat(code(agency().post("{ penalties(first: 100) { totalCount } }", Map.of())))
                .isEqualTo("none");
    }

    @Test
    void batchesOverTheCapAreTooComplexBeforeAnythingRuns() {
        long audited = audited();
        HttpResponse<String> response = agency().post(
                        "query($s: [SubjectRef!]!) { sanctionChecks(subjects: $s, domain: FINANCING) { verdict } }",
                        Map.of("s", subjects(1001)));
        assertThat(extensions(response))
                .containsEntry("code", "QUERY_TOO_COMPLEX")
                .containsEntry("cost", 1001)
                .containsEntry("limit", 1000);
        assertThat(GraphQlClient.json(response.body()).path("data").isNull()
                        || GraphQlClient.json(response.body()).path("data").isMissingNode())
                .isTrue();
        assertThat(audited()).isEqualTo(audited);
    }

    @Test
    void tenAliasedBatchesShareOneSubjectCap() {
        String tenAliases = aliases(10, "sanctionChecks(subjects: $s, domain: FINANCING) { verdict }");
        String query = "query($s: [SubjectRef!]!) { " + tenAliases + " }";
        long audited = audited();
        HttpResponse<String> refused = agency().post(query, Map.of("s", subjects(101)));
        assertThat(extensions(refused))
                .containsEntry("code", "QUERY_TOO_COMPLEX")
                .containsEntry("budget", "checks")
                .containsEntry("cost", 1010)
                .containsEntry("limit", 1000);
        assertThat(audited()).as("no check ran").isEqualTo(audited);

        HttpResponse<String> answered = agency().post(query, Map.of("s", subjects(100)));
        assertThat(code(answered)).isEqualTo("none");
        assertThat(GraphQlClient.json(answered.body()).at("/data/a9").size()).isEqualTo(100);
    }

    @Test
    void nineHundredAliasedChecksAreRefused() {
        long audited = audited();
        HttpResponse<String> response = agency().post(
                        "query($s: SubjectRef!) { "
                                + aliases(900, "sanctionCheck(subject: $s, domain: FINANCING) { verdict }") + " }",
                        Map.of("s", Map.of("uscc", "91110000600037341L")));
        Map<String, Object> extensions = extensions(response);
        assertThat(extensions)
                .containsEntry("code", "QUERY_TOO_COMPLEX")
                .containsEntry("budget", "complexity")
                .containsEntry("limit", 5000);
        assertThat((Integer) extensions.get("cost")).isEqualTo(900 * (QueryLimits.ROOT_FIELD_WEIGHT + 2));
        assertThat(audited()).as("no check ran").isEqualTo(audited);
    }

    @Test
    void rootFieldsCarryADatabaseWeight() {
        String query = "query($u: String!) { " + aliases(60, "enterprise(uscc: $u) { name }") + " }";
        HttpResponse<String> response = agency().post(query, Map.of("u", "91110000600037341L"));
        assertThat(extensions(response))
                .containsEntry("budget", "complexity")
                .containsEntry("cost", 60 * (QueryLimits.ROOT_FIELD_WEIGHT + 2));
        String few = "query($u: String!) { " + aliases(20, "enterprise(uscc: $u) { name }") + " }";
        assertThat(code(agency().post(few, Map.of("u", "91110000600037341L")))).isEqualTo("none");
    }

    @Test
    void listArgumentsCount() {
        String enterprises = aliases(40, "enterprise(uscc: $u) { name }");
        String query = "query($s: [SubjectRef!]!, $u: String!) { sanctionChecks(subjects: $s, domain: FINANCING) {"
                + " verdict } " + enterprises + " }";
        int weight = QueryLimits.ROOT_FIELD_WEIGHT;
        HttpResponse<String> refused = agency().post(query, Map.of("s", subjects(900), "u", "91110000600037341L"));
        assertThat(extensions(refused))
                .containsEntry("budget", "complexity")
                .containsEntry("cost", (2 + 900 + weight) + 40 * (2 + weight));
        HttpResponse<String> answered = agency().post(query, Map.of("s", subjects(100), "u", "91110000600037341L"));
        assertThat(code(answered)).isEqualTo("none");
    }

    @Test
    void aliasedBatchesTakeTheBatchBulkheadAsOneRequest() {
        var permitted = new AtomicInteger();
        guard.batches().getEventPublisher().onCallPermitted(event -> permitted.incrementAndGet());
        String two = "query($s: [SubjectRef!]!) { "
                + aliases(2, "sanctionChecks(subjects: $s, domain: FINANCING) { verdict }") + " }";
        assertThat(code(agency().post(two, Map.of("s", subjects(60))))).isEqualTo("none");
        assertThat(permitted)
                .as("60 + 60 subjects are over the threshold of 100: each alias runs as part of a large batch")
                .hasValue(2);
    }

    @Test
    void graphiqlsIntrospectionStaysWithinTheDefaultComplexity() throws Exception {
        String sdl;
        try (var in = LimitsTest.class.getResourceAsStream("/graphql/schema.graphqls")) {
            sdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
        // introspection is switched off in this context, so the estimate is taken without running it
        int complexity = QueryComplexityCalculator.newCalculator()
                .schema(schema)
                .document(Parser.parse(IntrospectionQuery.INTROSPECTION_QUERY))
                .variables(CoercedVariables.emptyVariables())
                .fieldComplexityCalculator(QueryLimits.costed())
                .build()
                .calculate();
        assertThat(complexity)
                .isPositive()
                .isLessThan(
                        new LimitsProperties(20, 200, 5, 15, 50_000, 10_000, 1, 20_000, 200_000).maxQueryComplexity());
    }

    @Test
    void explorerSizedQueriesStayWithinBudget() {
        String screen = "{ enterprise(uscc: \"91110000600037341L\") { name penalties(first: 100) { totalCount edges {"
                + " node { decisionNumber types decidedOn } } } listings(first: 100) { totalCount } }"
                + " search(text: \"矿业\", first: 20) { edges { node { id name } } } }";
        assertThat(code(agency().post(screen, Map.of()))).isEqualTo("none");
    }

    private static String aliases(int count, String field) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < count; i++) {
            query.append('a').append(i).append(": ").append(field).append(' ');
        }
        return query.toString();
    }

    private static List<Map<String, String>> subjects(int count) {
        return Collections.nCopies(count, Map.of("uscc", "91110000600037341L"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> extensions(HttpResponse<String> response) {
        JsonNode errors = GraphQlClient.json(response.body()).path("errors");
        assertThat(errors.isEmpty()).as(response.body()).isFalse();
        return JsonMapper.builder().build().convertValue(errors.get(0).path("extensions"), Map.class);
    }

    private static long audited() {
        return TestGraph.count("MATCH (a:AuditEntry) RETURN count(a)", Map.of());
    }

    @Test
    void oversizedBodiesAreRefusedBeforeParsing() {
        HttpResponse<String> response =
                agency().postBody("{\"query\":\"{ __typename }\",\"pad\":\"" + "x".repeat(120_000) + "\"}");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(code(response)).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void introspectionCanBeSwitchedOff() {
        HttpResponse<String> response = agency().post("{ __schema { types { name } } }", Map.of());
        assertThat(response.body()).doesNotContain("\"types\"");
        assertThat(code(response)).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void graphqlJavasOwnErrorsCarryACodeToo() {
        assertThat(code(agency().post("{ noSuchField }", Map.of()))).isEqualTo("BAD_USER_INPUT");
        assertThat(code(agency().post("{ enterprise(", Map.of()))).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void answersCarryTheRateLimitHeaders() {
        for (HttpResponse<String> response :
                List.of(agency().post("{ __typename }", Map.of()), agency().get("/export/penalties.csv"))) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("RateLimit-Limit")).hasValue("1000");
            assertThat(Integer.parseInt(
                            response.headers().firstValue("RateLimit-Remaining").orElseThrow()))
                    .isBetween(0, 999);
            assertThat(response.headers().firstValue("RateLimit-Reset")).hasValue("1");
        }
    }

    @Test
    void twoKeysWithOneNameHaveALimitEach() {
        GraphQlClient one = new GraphQlClient(port).with("X-API-Key", TWIN_ONE);
        for (int i = 0; i < 5; i++) {
            assertThat(one.post("{ __typename }", Map.of()).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> other =
                new GraphQlClient(port).with("X-API-Key", TWIN_TWO).post("{ __typename }", Map.of());
        assertThat(other.headers().firstValue("RateLimit-Remaining")).hasValue("999");
    }

    @Test
    void guessingKeysIsRefusedAfterAFewFailuresPerSecondEvenForTheRightKey() throws Exception {
        GraphQlClient client = new GraphQlClient(port);
        boolean rightKeyRefused = false;
        // a second's window may roll over mid-burst; within three bursts one ends inside its window
        for (int burst = 0; burst < 3 && !rightKeyRefused; burst++) {
            Thread.sleep(1100);
            List<Integer> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                statuses.add(client.with("X-API-Key", "guess-" + i + "-Zx8Qm2Wv6Lp4Tn")
                        .post("{ __typename }", Map.of())
                        .statusCode());
            }
            assertThat(statuses.getFirst()).isEqualTo(401);
            assertThat(statuses).contains(429);
            assertThat(statuses.stream().filter(s -> s == 401).count()).isLessThanOrEqualTo(6);
            HttpResponse<String> right = agency().post("{ __typename }", Map.of());
            rightKeyRefused = right.statusCode() == 429;
            if (rightKeyRefused) {
                assertThat(code(right)).isEqualTo("RATE_LIMITED");
                assertThat(right.headers().firstValue("Retry-After")).hasValue("1");
            }
        }
        assertThat(rightKeyRefused).isTrue();
        Thread.sleep(1100);
        assertThat(agency().post("{ __typename }", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void operationsOverWebSocketTakeFromTheSameLimit() throws Exception {
        Thread.sleep(1100); // the anonymous limit (3 a second) is shared with the other tests
        Socket socket = Socket.open(port, null);
        for (int i = 0; i < 10; i++) {
            socket.send("{\"id\":\"" + i + "\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename }\"}}");
        }
        List<String> outcomes = new java.util.ArrayList<>();
        while (outcomes.size() < 10) {
            JsonNode m = socket.next();
            switch (m.path("type").asString()) {
                case "next" -> outcomes.add("ok");
                case "error" ->
                    outcomes.add(m.path("payload")
                            .get(0)
                            .path("extensions")
                            .path("code")
                            .asString());
                default -> {}
            }
        }
        socket.close();
        assertThat(outcomes).contains("ok", "RATE_LIMITED").containsOnly("ok", "RATE_LIMITED");
        assertThat(outcomes.stream().filter("ok"::equals).count()).isLessThanOrEqualTo(6);
    }

    @Test
    void anUnknownKeyInConnectionInitGetsACodedError() throws Exception {
        Thread.sleep(1100);
        Socket socket = Socket.open(port, "no-such-key-Fh3Jw8Kc2Vn6Qs");
        socket.send("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename }\"}}");
        JsonNode m = socket.next();
        assertThat(m.path("type").asString()).isEqualTo("error");
        assertThat(m.path("payload").get(0).path("extensions").path("code").asString())
                .isEqualTo("UNAUTHENTICATED");
        assertThat(m.path("payload").get(0).path("message").asString()).isEqualTo("unknown API key");
        socket.close();
    }

    /** A graphql-transport-ws connection, acknowledged. */
    record Socket(java.net.http.WebSocket ws, java.util.concurrent.BlockingQueue<JsonNode> messages) {

        static Socket open(int port, String apiKey) throws Exception {
            var messages = new java.util.concurrent.LinkedBlockingQueue<JsonNode>();
            var ws = java.net.http.HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .subprotocols("graphql-transport-ws")
                    .buildAsync(
                            java.net.URI.create("ws://127.0.0.1:" + port + "/graphql"),
                            new java.net.http.WebSocket.Listener() {
                                final StringBuilder text = new StringBuilder();

                                @Override
                                public java.util.concurrent.CompletionStage<?> onText(
                                        java.net.http.WebSocket ws, CharSequence data, boolean last) {
                                    text.append(data);
                                    if (last) {
                                        messages.add(GraphQlClient.json(text.toString()));
                                        text.setLength(0);
                                    }
                                    ws.request(1);
                                    return null;
                                }
                            })
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
            Socket socket = new Socket(ws, messages);
            socket.send(
                    apiKey == null
                            ? "{\"type\":\"connection_init\"}"
                            : "{\"type\":\"connection_init\",\"payload\":{\"X-API-Key\":\"" + apiKey + "\"}}");
            assertThat(socket.next().path("type").asString()).isEqualTo("connection_ack");
            return socket;
        }

        void send(String text) throws Exception {
            ws.sendText(text, true).get(10, java.util.concurrent.TimeUnit.SECONDS);
        }

        JsonNode next() throws InterruptedException {
            JsonNode m = messages.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(m).as("a message within 10 s").isNotNull();
            return m;
        }

        void close() throws Exception {
            ws.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "done").get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
