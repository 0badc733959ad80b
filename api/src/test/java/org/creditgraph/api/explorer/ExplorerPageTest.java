package org.creditgraph.api.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The explorer page over real HTTP (contract §5): every explorer URL gets the page, and every script it loads (the
 * WebJars and the page's own modules, import by import) is served by this server with a JavaScript type, so the page
 * works with no network beyond the server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExplorerPageTest {

    private static final Pattern SCRIPT_SRC = Pattern.compile("<script[^>]*\\ssrc=\"([^\"]+)\"");
    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import [^;]*? from '(\\./[^']+)';");

    @LocalServerPort
    int port;

    /** The shared test database may hold another test's data, loaded with another ID-number secret. */
    @org.junit.jupiter.api.BeforeAll
    static void emptyGraph() {
        TestGraph.clean();
    }

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/explorer-test-data");
    }

    @Test
    void everyExplorerUrlServesThePage() {
        var http = new GraphQlClient(port);
        for (String path : List.of(
                "/",
                "/?q=x",
                "/?q=%E6%9C%89%E9%99%90",
                "/enterprise/91110000600037341L",
                "/person/P123",
                "/check?q=x&asOf=2024-06-01",
                "/verify?receipt=a.b.c",
                "/lists",
                "/list/SERIOUS_DISHONESTY?status=EXPIRED&q=x",
                "/stats?province=11&from=2024-01-01",
                "/penalties?province=11&type=FINE",
                "/accidents?grade=LARGER")) {
            HttpResponse<String> page = http.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElse(""))
                    .as(path)
                    .startsWith("text/html");
            assertThat(page.body()).as(path).contains("<main id=\"view\">", "/explorer/app.js");
        }
    }

    /** Permalinks of every record; keys hold '|' and Chinese, percent-encoded as the page's links encode them. */
    @Test
    void everyRecordPermalinkServesThePageUnderTheStrictPolicy() {
        var http = new GraphQlClient(port);
        String decision = URLEncoder.encode("京应急罚〔2024〕1号", StandardCharsets.UTF_8);
        for (String path : List.of(
                "/penalty/11110000000019713H%7C" + decision,
                "/penalty/xyz",
                "/accident/SG-2024-0001",
                "/listing/SERIOUS_DISHONESTY%7C91110000600037341L%7C2026-01-01",
                "/listing/BLACKLIST%7C" + URLEncoder.encode("某某公司", StandardCharsets.UTF_8) + "%7C2026-01-01",
                "/authority/11110000000019713H",
                "/authority/xyz")) {
            HttpResponse<String> page = http.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElse(""))
                    .as(path)
                    .startsWith("text/html");
            assertThat(page.body()).as(path).contains("<main id=\"view\">", "/explorer/app.js");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(path)
                    .contains("script-src 'self'")
                    .doesNotContain("unsafe-inline");
        }
    }

    @Test
    void everyScriptThePageLoadsIsServedOffline() {
        var http = new GraphQlClient(port);
        String html = http.get("/").body();
        Set<String> scripts = new LinkedHashSet<>();
        SCRIPT_SRC.matcher(html).results().forEach(m -> scripts.add(m.group(1)));
        assertThat(scripts)
                .contains(
                        "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js",
                        "/webjars/echarts/5.3.1/dist/echarts.min.js",
                        "/explorer/app.js")
                .allSatisfy(src -> assertThat(src).as("no CDN").startsWith("/"));

        var queue = new ArrayDeque<>(scripts);
        Set<String> seen = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            String src = queue.poll();
            if (!seen.add(src)) {
                continue;
            }
            HttpResponse<String> script = http.get(src);
            assertThat(script.statusCode()).as(src).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type").orElse(""))
                    .as(src)
                    .contains("javascript");
            if (src.startsWith("/explorer/")) {
                IMPORT.matcher(script.body())
                        .results()
                        .forEach(m -> queue.add("/explorer/" + m.group(1).substring(2)));
            }
        }
        assertThat(seen)
                .contains(
                        "/explorer/i18n.js",
                        "/explorer/graph.js",
                        "/explorer/stats.js",
                        "/explorer/records.js",
                        "/explorer/parts.js");

        String css =
                STYLESHEET.matcher(html).results().findFirst().orElseThrow().group(1);
        HttpResponse<String> style = http.get(css);
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    }
}
