package org.creditgraph.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Behind a reverse proxy (here the test itself, from 127.0.0.1, named in
 * {@code creditgraph.trusted-proxies}): each anonymous client has its own rate bucket, keyed on the
 * address the proxy forwarded, and a client cannot escape its bucket by writing addresses of its
 * own into {@code X-Forwarded-For}. Browser clients on other origins get CORS answers when
 * {@code spring.graphql.cors.*} names them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProxyDeploymentTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/proxy-test-data");
        registry.add("creditgraph.trusted-proxies", () -> "127.0.0.1, ::1");
        registry.add("creditgraph.limits.public-requests-per-second", () -> "2");
        registry.add("spring.graphql.cors.allowed-origins", () -> "https://tenders.example.org");
        registry.add("spring.graphql.cors.allowed-methods", () -> "GET,POST");
        registry.add("spring.graphql.cors.allowed-headers", () -> "Content-Type,X-API-Key");
    }

    @BeforeAll
    static void emptyGraph() {
        TestGraph.clean();
    }

    GraphQlClient client(String forwardedFor) {
        return new GraphQlClient(port).with("X-Forwarded-For", forwardedFor);
    }

    List<Integer> burst(int requests, java.util.function.IntFunction<GraphQlClient> client) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            statuses.add(client.apply(i).post("{ __typename }", Map.of()).statusCode());
        }
        return statuses;
    }

    @Test
    void eachClientBehindTheProxyHasItsOwnBucketAndCannotForgeAnother() {
        List<Integer> first = burst(20, i -> client("203.0.113.10"));
        assertThat(first).as("one client past its rate").contains(429);

        HttpResponse<String> other = client("203.0.113.11").post("{ __typename }", Map.of());
        assertThat(other.statusCode())
                .as("another client behind the same proxy")
                .isEqualTo(200);

        // a hostile client writes a new address in front each time; the proxy appends the real one
        List<Integer> forged = burst(20, i -> client("192.0.2." + (i + 1) + ", 203.0.113.12"));
        assertThat(forged).as("twenty forged addresses are still one client").contains(429);
    }

    @Test
    void browsersOnAConfiguredOriginMayCallTheApi() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var preflight = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/graphql"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://tenders.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key")
                .header("X-Forwarded-For", "203.0.113.20")
                .build();
        HttpResponse<String> allowed = http.send(preflight, HttpResponse.BodyHandlers.ofString());
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://tenders.example.org");

        var elsewhere = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/graphql"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example.net")
                .header("Access-Control-Request-Method", "POST")
                .header("X-Forwarded-For", "203.0.113.21")
                .build();
        HttpResponse<String> refused = http.send(elsewhere, HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
