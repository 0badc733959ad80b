package org.creditgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What the server shows the open internet besides the API: management endpoints for ADMIN callers
 * only, health as a bare status, a strict Content-Security-Policy on the explorer, and
 * {@code X-Content-Type-Options: nosniff} everywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicExposureTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/exposure-test-data");
        registry.add(
                "creditgraph.api-keys",
                () -> "agency-key-Mw5Qe9RtZ2kH7v=AGENCY@Bank A;admin-key-Pc4Ub8NyF3jX6d=ADMIN@Operations");
    }

    @BeforeAll
    static void emptyGraph() {
        TestGraph.clean(); // no data needed; a graph of another test's ID secret would stop the start
    }

    GraphQlClient anonymous() {
        return new GraphQlClient(port);
    }

    GraphQlClient agency() {
        return anonymous().with("X-API-Key", "agency-key-Mw5Qe9RtZ2kH7v");
    }

    GraphQlClient admin() {
        return anonymous().with("X-API-Key", "admin-key-Pc4Ub8NyF3jX6d");
    }

    static String code(HttpResponse<String> response) {
        return GraphQlClient.json(response.body())
                .at("/errors/0/extensions/code")
                .asString();
    }

    @Test
    void metricsAndPrometheusAreForAdminCallersOnly() {
        for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/jvm.memory.used")) {
            HttpResponse<String> nobody = anonymous().get(path);
            assertThat(nobody.statusCode()).as(path).isEqualTo(401);
            assertThat(nobody.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(code(nobody)).as(path).isEqualTo("UNAUTHENTICATED");
            HttpResponse<String> agency = agency().get(path);
            assertThat(agency.statusCode()).as(path).isEqualTo(403);
            assertThat(code(agency)).as(path).isEqualTo("FORBIDDEN");
            assertThat(admin().get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(admin().get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(anonymous().get("/actuator").statusCode()).isEqualTo(401);
        assertThat(anonymous().get("/actuator/env").statusCode()).isIn(401, 404);
    }

    @Test
    void healthIsPublicAsABareStatus() {
        for (GraphQlClient caller : List.of(anonymous(), agency())) {
            HttpResponse<String> health = caller.get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            JsonNode body = GraphQlClient.json(health.body());
            assertThat(body.at("/status").asString()).isEqualTo("UP");
            assertThat(body.has("components")).as(health.body()).isFalse();
            assertThat(body.has("details")).as(health.body()).isFalse();
        }
        JsonNode full = GraphQlClient.json(admin().get("/actuator/health").body());
        assertThat(full.at("/components/neo4j/status").asString()).isEqualTo("UP");
    }

    @Test
    void theExplorerRunsUnderAStrictContentSecurityPolicy() {
        for (String path : List.of(
                "/",
                "/?q=%E7%9F%BF%E4%B8%9A",
                "/enterprise/91110000600037341L",
                "/person/P0123456789abcdef01234567",
                "/index.html",
                "/explorer/app.js",
                "/explorer/explorer.css",
                "/favicon.svg",
                "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js")) {
            HttpResponse<String> response = anonymous().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            String csp = response.headers()
                    .firstValue("Content-Security-Policy")
                    .orElseThrow(() -> new AssertionError("no CSP on " + path));
            assertThat(csp.split(";\\s*"))
                    .as(path)
                    .contains(
                            "default-src 'self'",
                            "script-src 'self'",
                            "img-src 'self' data:",
                            "connect-src 'self'",
                            "object-src 'none'",
                            "base-uri 'self'",
                            "frame-ancestors 'none'");
            assertThat(csp).as(path).contains("style-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
        }
    }

    @Test
    void graphiqlIsServedFromThisServerUnderTheStrictPolicy() {
        for (String path : List.of(
                "/graphiql",
                "/graphiql?path=/graphql",
                "/graphiql/graphiql.js",
                "/webjars/graphiql/2.4.7/graphiql.min.js",
                "/webjars/graphiql/2.4.7/graphiql.min.css",
                "/webjars/react/18.3.1/umd/react.production.min.js",
                "/webjars/react-dom/18.3.1/umd/react-dom.production.min.js")) {
            HttpResponse<String> response = anonymous().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            String csp =
                    response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp.split(";\\s*"))
                    .as(path)
                    .contains(
                            "default-src 'self'",
                            "script-src 'self'",
                            "connect-src 'self'",
                            "object-src 'none'",
                            "frame-ancestors 'none'");
            assertThat(csp).as(path).doesNotContain("unsafe-eval", "http:", "https:");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        String page = anonymous().get("/graphiql").body();
        assertThat(page).contains("/webjars/graphiql/").doesNotContain("https://", "http://", "esm.sh", "unpkg");
    }

    /** Tracing and OTLP are off by default: spans are not recorded, no exporter, no OTLP metrics push. */
    @Test
    void noTelemetryLeavesTheMachineByDefault() {
        for (io.micrometer.tracing.Tracer tracer :
                context.getBeansOfType(io.micrometer.tracing.Tracer.class).values()) {
            io.micrometer.tracing.Span span = tracer.nextSpan().start();
            assertThat(span.isNoop()).as("a span is not recorded").isTrue();
            span.end();
        }
        assertThat(context.getBeansOfType(io.opentelemetry.sdk.trace.export.SpanExporter.class))
                .isEmpty();
        assertThat(context.getBeansOfType(io.micrometer.registry.otlp.OtlpMeterRegistry.class))
                .isEmpty();
    }

    @Test
    void everyResponseSaysNosniff() {
        List<HttpResponse<String>> responses = List.of(
                anonymous().post("{ __typename }", Map.of()),
                anonymous().with("X-API-Key", "no-such-key").post("{ __typename }", Map.of()),
                anonymous().get("/actuator/health"),
                anonymous().get("/actuator/prometheus"),
                agency().get("/actuator/metrics"),
                anonymous().get("/no-such-page"));
        for (HttpResponse<String> response : responses) {
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(response.uri() + " " + response.statusCode())
                    .hasValue("nosniff");
        }
    }

    /**
     * What the policy forbids is not in the explorer's own files: no inline script, no inline event
     * handler, no style attribute in the page, and no eval, string-built functions or HTML strings in
     * its scripts (the browser test shows the page working; this keeps it so without a browser).
     */
    @Test
    void theExplorerFilesNeedNothingThePolicyForbids() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        String page = read(resolver.getResource("classpath:static/index.html"));
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>")
                        .matcher(page)
                        .find())
                .as("inline <script>")
                .isFalse();
        assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE)
                        .matcher(page)
                        .find())
                .as("inline event handler")
                .isFalse();
        assertThat(page).doesNotContain(" style=", "<style", "javascript:");
        String graphiql = read(resolver.getResource("classpath:static/graphiql/index.html"));
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>")
                        .matcher(graphiql)
                        .find())
                .as("inline <script> in GraphiQL's page")
                .isFalse();
        List<Resource> scripts =
                new java.util.ArrayList<>(List.of(resolver.getResources("classpath:static/explorer/*.js")));
        scripts.addAll(List.of(resolver.getResources("classpath:static/graphiql/*.js")));
        assertThat(scripts).isNotEmpty();
        for (Resource script : scripts) {
            String code = read(script);
            assertThat(code)
                    .as(script.getFilename())
                    .doesNotContain("eval(", "new Function", "innerHTML", "outerHTML", "insertAdjacentHTML")
                    .doesNotContain("setTimeout('", "setTimeout(\"", "'style'", "\"style\"", "cssText");
        }
    }

    static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
