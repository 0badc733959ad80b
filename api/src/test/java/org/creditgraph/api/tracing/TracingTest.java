package org.creditgraph.api.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tracing switched on ({@code CREDITGRAPH_TRACING=true}, off by default): a GraphQL request
 * becomes a span handed to the configured exporter (here one that keeps them in memory). Without
 * an OTLP endpoint no OTLP exporter exists, so nothing leaves the machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TracingTest {

    static final List<SpanData> EXPORTED = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class InMemoryExport {
        @Bean
        SpanExporter inMemorySpans() {
            return new SpanExporter() {
                @Override
                public CompletableResultCode export(Collection<SpanData> spans) {
                    EXPORTED.addAll(spans);
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode flush() {
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode shutdown() {
                    return CompletableResultCode.ofSuccess();
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    SdkTracerProvider tracerProvider;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/tracing-test-data");
        registry.add("CREDITGRAPH_TRACING", () -> "true");
        registry.add("CREDITGRAPH_TRACING_SAMPLING", () -> "1.0");
    }

    @BeforeAll
    static void emptyGraph() {
        TestGraph.clean();
    }

    @Test
    void aGraphqlRequestBecomesASpan() {
        EXPORTED.clear();
        assertThat(new GraphQlClient(port).post("{ __typename }", Map.of()).statusCode())
                .isEqualTo(200);
        tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
        assertThat(EXPORTED).anySatisfy(span -> assertThat(span.getName()).containsIgnoringCase("/graphql"));
    }

    @Test
    void withoutAnEndpointNothingIsSentAnywhere() {
        assertThat(context.getBeansOfType(OtlpHttpSpanExporter.class)).isEmpty();
        assertThat(context.getBeansOfType(io.micrometer.registry.otlp.OtlpMeterRegistry.class))
                .isEmpty();
    }
}
