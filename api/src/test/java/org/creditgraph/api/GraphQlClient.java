package org.creditgraph.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts GraphQL requests over real HTTP, as an outside caller would. */
public final class GraphQlClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Every response body of this test JVM, for the D12 scan for raw ID numbers. */
    public static final java.util.Queue<String> SEEN = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> headers;

    public GraphQlClient(int port) {
        this("http://127.0.0.1:" + port, Map.of());
    }

    private GraphQlClient(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    /** The same client sending one more header on every request (X-API-Key, Authorization). */
    public GraphQlClient with(String header, String value) {
        var more = new java.util.LinkedHashMap<>(headers);
        more.put(header, value);
        return new GraphQlClient(base, more);
    }

    public JsonNode query(String query) {
        return query(query, Map.of());
    }

    public JsonNode query(String query, Map<String, Object> variables) {
        return JSON.readTree(post(query, variables).body());
    }

    /** The raw HTTP exchange, for status codes and headers. */
    public HttpResponse<String> post(String query, Map<String, Object> variables) {
        return postBody(JSON.writeValueAsString(Map.of("query", query, "variables", variables)));
    }

    public HttpResponse<String> postBody(String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    public HttpResponse<String> get(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            SEEN.add(response.body());
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
