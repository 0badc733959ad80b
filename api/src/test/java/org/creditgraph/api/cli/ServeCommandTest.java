package org.creditgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {

    @Test
    void aPortInUseFailsWithOneClearLine() throws Exception {
        try (var taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            PrintStream original = System.err;
            var captured = new ByteArrayOutputStream();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int exit;
            try {
                exit = new CommandLine(new ServeCommand()).execute("--port", String.valueOf(taken.getLocalPort()));
            } finally {
                System.setErr(original);
            }
            String output = captured.toString(StandardCharsets.UTF_8);
            assertThat(exit).isEqualTo(1);
            assertThat(output.strip().lines()).hasSize(1);
            assertThat(output).contains("HTTP port " + taken.getLocalPort() + " is already in use");
        }
    }

    @Test
    void whenReadyItNamesTheDataVersionAndTheExplorerGraphiqlAndApiUrls() {
        assertThat(ServeCommand.ready(18080, "version run-1").lines())
                .contains(
                        "  data      version run-1",
                        "  explorer  http://localhost:18080/",
                        "  GraphiQL  http://localhost:18080/graphiql",
                        "  API       http://localhost:18080/graphql (POST, GraphQL over HTTP)");
    }

    @Test
    void serveHelpExitsZero() {
        assertThat(new CommandLine(new ServeCommand()).execute("--help")).isZero();
    }
}
