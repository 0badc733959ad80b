package org.creditgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;

/** POSTs GraphQL requests to the API on loopback; an answer is good when it is HTTP 200 without errors. */
final class GraphQlHttp {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private final URI url;

    GraphQlHttp(URI url) {
        this.url = url;
    }

    /** The body of a 200 answer without top-level errors; otherwise an exception naming the problem. */
    String post(String query, String variablesJson) throws IOException, InterruptedException {
        String body = "{\"query\":" + CheckDriver.json(query) + ",\"variables\":" + variablesJson + "}";
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(300))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200 || CheckDriver.errorsOf(response.body()) != null) {
            throw new IOException("HTTP " + response.statusCode() + " " + CheckDriver.abbreviate(response.body()));
        }
        return response.body();
    }

    static String string(String s) {
        return CheckDriver.json(s);
    }
}
