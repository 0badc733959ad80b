package org.creditgraph.api.graphiql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.api.explorer.Browser;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * GraphiQL in a real headless Chromium, as a newcomer on an intranet without internet sees it: the
 * page loads, fetches the schema, runs a query and shows the answer with every host but localhost
 * unresolvable; every request the page made went to this server, and the strict
 * Content-Security-Policy blocked nothing it needs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphiQlBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/graphiql-test-data");
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        Browser.assumeInstalled();
        TestGraph.clean();
        browser = new Browser(Browser.ONLY_LOCALHOST);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void runsAQueryWithEverythingServedFromThisServer() throws Exception {
        browser.open("http://localhost:" + port + "/graphiql");
        browser.await(By.cssSelector(".graphiql-container .graphiql-query-editor .CodeMirror"));
        browser.script(
                "document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(arguments[0]);",
                "{ __typename }");
        browser.driver
                .findElement(By.cssSelector("button.graphiql-execute-button"))
                .click();
        String answer = browser.awaitText(By.cssSelector(".graphiql-response"), "\"__typename\": \"Query\"")
                .getText();
        browser.screenshot("graphiql-answer");
        assertThat(answer).contains("\"data\"").doesNotContain("\"errors\"");

        List<String> requested = browser.requestedUrls().stream()
                .filter(u -> u.startsWith("http:") || u.startsWith("https:") || u.startsWith("ws"))
                .toList();
        assertThat(requested)
                .as("GraphiQL's own scripts and the schema and query requests")
                .anyMatch(u -> u.contains("/webjars/graphiql/"))
                .anyMatch(u -> u.endsWith("/graphql"));
        assertThat(requested)
                .as("no request leaves this server (no CDN)")
                .allSatisfy(u -> assertThat(URI.create(u).getHost()).isEqualTo("localhost"));
        assertThat(browser.severeConsoleMessages())
                .as("no blocked script, style or request")
                .isEmpty();
    }
}
