package org.creditgraph.model.store;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;
import ac.simons.neo4j.migrations.core.Discoverer;
import ac.simons.neo4j.migrations.core.JavaBasedMigration;
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
 * Java-based migrations are listed there too, by class name ({@link #javaMigrations}).
 */
final class IndexedMigrationScanner implements ClasspathResourceScanner {

    static final String INDEX = "INDEX";
    static final String JAVA = ".java";
    static final String JAVA_PACKAGE = "org.creditgraph.model.store.migrations";

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

    /**
     * The Java-based migrations listed in the folder's INDEX ({@code V0014__x.java} is the class
     * {@code V0014__x} of {@link #JAVA_PACKAGE}), found by name rather than by scanning packages,
     * for the same reason as the Cypher ones.
     */
    static Discoverer<JavaBasedMigration> javaMigrations(String folder) {
        return context -> {
            List<JavaBasedMigration> found = new ArrayList<>();
            for (String name : entries(folder)) {
                if (!name.endsWith(JAVA)) {
                    continue;
                }
                String className = JAVA_PACKAGE + "." + name.substring(0, name.length() - JAVA.length());
                try {
                    Class<? extends JavaBasedMigration> type =
                            Class.forName(className).asSubclass(JavaBasedMigration.class);
                    found.add(JavaBasedMigration.getDefaultConstructorFor(type).newInstance());
                } catch (ReflectiveOperationException | ClassCastException e) {
                    throw new IllegalStateException(
                            "migration listed in " + INDEX + " is no Java migration: " + name, e);
                }
            }
            return found;
        };
    }

    /** The names listed in the folder's INDEX, comments and blank lines left out. */
    static List<String> entries(String folder) {
        ClassLoader loader = IndexedMigrationScanner.class.getClassLoader();
        try (InputStream index = loader.getResourceAsStream(folder + "/" + INDEX)) {
            if (index == null) {
                return List.of();
            }
            return new String(index.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
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
                    if (name.isEmpty() || name.startsWith("#") || name.endsWith(JAVA)) {
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
