package org.creditgraph.model.store;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds migrations through an {@code INDEX} file beside them instead of scanning the classpath,
 * which is unreliable inside a Spring Boot fat jar. A test checks the index lists every file.
 */
final class IndexedMigrationScanner implements ClasspathResourceScanner {

    static final String INDEX = "INDEX";

    /** The versions of the migrations listed in the folder's INDEX ({@code V0002__x.cypher} is 0002). */
    static List<String> versions(String folder) {
        ClassLoader loader = IndexedMigrationScanner.class.getClassLoader();
        try (InputStream index = loader.getResourceAsStream(folder + "/" + INDEX)) {
            if (index == null) {
                return List.of();
            }
            return new String(index.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> line.startsWith("V"))
                    .map(line -> line.substring(1, line.indexOf("__")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<URL> scan(List<String> locations) {
        List<URL> found = new ArrayList<>();
        ClassLoader loader = IndexedMigrationScanner.class.getClassLoader();
        for (String location : locations) {
            String folder = location.replaceFirst("^classpath:", "").replaceAll("^/+|/+$", "");
            try (InputStream index = loader.getResourceAsStream(folder + "/" + INDEX)) {
                if (index == null) {
                    continue;
                }
                for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String name = line.strip();
                    if (name.isEmpty() || name.startsWith("#")) {
                        continue;
                    }
                    URL url = loader.getResource(folder + "/" + name);
                    if (url == null) {
                        throw new IllegalStateException("migration listed in " + INDEX + " is missing: " + name);
                    }
                    found.add(url);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }
}
