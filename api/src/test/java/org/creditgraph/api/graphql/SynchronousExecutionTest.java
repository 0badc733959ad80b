package org.creditgraph.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 8: a GraphQL request over HTTP is answered in the dispatch that received it, with no async
 * re-dispatch through the filter chain (security and rate limiting would run twice), and its
 * answer and errors are what they were under async dispatch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SynchronousExecutionTest {

    static final Map<DispatcherType, AtomicInteger> DISPATCHES = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @BeforeAll
    static void emptyGraph() {
        TestGraph.clean();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/synchronous-test-data");
    }

    @TestConfiguration
    static class CountDispatches {
        @Bean
        FilterRegistrationBean<Filter> dispatchCounter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                DISPATCHES
                        .computeIfAbsent(request.getDispatcherType(), type -> new AtomicInteger())
                        .incrementAndGet();
                chain.doFilter(request, response);
            });
            registration.addUrlPatterns("/graphql");
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
            return registration;
        }
    }

    @Test
    void aCheckIsAnsweredWithoutAsyncDispatch() {
        DISPATCHES.clear();
        HttpResponse<String> check = new GraphQlClient(port)
                .post(
                        "query($s: SubjectRef!) { sanctionCheck(subject: $s, domain: FINANCING) { verdict subjectFound } }",
                        Map.of("s", Map.of("uscc", "91110000100000000A")));
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(GraphQlClient.json(check.body())
                        .path("data")
                        .path("sanctionCheck")
                        .path("subjectFound")
                        .asBoolean())
                .isFalse();
        assertThat(DISPATCHES.get(DispatcherType.REQUEST)).hasValue(1);
        assertThat(DISPATCHES.get(DispatcherType.ASYNC)).isNull();
    }

    @Test
    void errorsKeepTheirCodeWithoutAsyncDispatch() {
        DISPATCHES.clear();
        HttpResponse<String> bad = new GraphQlClient(port)
                .post(
                        "query($s: SubjectRef!) { sanctionCheck(subject: $s, domain: FINANCING) { verdict } }",
                        Map.of("s", Map.of("uscc", "91110000100000000A", "name", "两个都给")));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(GraphQlClient.json(bad.body())
                        .path("errors")
                        .get(0)
                        .path("extensions")
                        .path("code")
                        .asString())
                .isEqualTo("BAD_USER_INPUT");
        assertThat(DISPATCHES.get(DispatcherType.ASYNC)).isNull();
    }
}
