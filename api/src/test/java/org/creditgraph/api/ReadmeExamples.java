package org.creditgraph.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The curl commands of the README's shell blocks, as written, for running them in a test. */
record ReadmeExamples(List<String> graphQlBodies, List<String> getPaths) {

    private static final Pattern BODY = Pattern.compile("-d '(.*)'", Pattern.DOTALL);
    private static final Pattern GET = Pattern.compile("curl -s '(?:http://)?localhost:8080(/[^']*)'");

    static ReadmeExamples read(Path readme) throws IOException {
        List<String> bodies = new ArrayList<>();
        List<String> gets = new ArrayList<>();
        for (String command : commands(Files.readAllLines(readme))) {
            if (command.startsWith("curl -s localhost:8080/graphql")) {
                Matcher m = BODY.matcher(command);
                if (m.find()) {
                    bodies.add(m.group(1));
                }
            } else {
                Matcher m = GET.matcher(command);
                if (m.find()) {
                    gets.add(m.group(1));
                }
            }
        }
        return new ReadmeExamples(bodies, gets);
    }

    /** Commands of the {@code bash} blocks; a command goes on until its quotes are balanced. */
    private static List<String> commands(List<String> lines) {
        List<String> commands = new ArrayList<>();
        boolean inBash = false;
        StringBuilder current = null;
        for (String line : lines) {
            if (line.startsWith("```")) {
                inBash = !inBash && line.equals("```bash");
                current = null;
                continue;
            }
            if (!inBash) {
                continue;
            }
            if (current == null) {
                current = new StringBuilder(line);
            } else {
                current.append('\n').append(line);
            }
            if (current.chars().filter(c -> c == '\'').count() % 2 == 0) {
                commands.add(current.toString().strip());
                current = null;
            }
        }
        return commands;
    }
}
