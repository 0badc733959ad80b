package org.creditgraph.api.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The release and commit this jar was built from: {@code META-INF/build-info.properties} (Spring
 * Boot's build-info goal, also shown on {@code /actuator/info}) and {@code git.properties} (the
 * git-commit-id plugin). A build from a source archive without git says {@code commit unknown}.
 */
record BuildVersion(String version, String commit, String builtAt) {

    static BuildVersion current() {
        Properties build = read("META-INF/build-info.properties");
        Properties git = read("git.properties");
        return new BuildVersion(
                build.getProperty("build.version", "unknown"),
                git.getProperty("git.commit.id.abbrev", "unknown"),
                build.getProperty("build.time", "unknown"));
    }

    String line() {
        return "creditgraph " + version + " (commit " + commit + ", built " + builtAt + ")";
    }

    private static Properties read(String resource) {
        var properties = new Properties();
        try (InputStream in = BuildVersion.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // an unreadable file is the same as a missing one: the version says "unknown"
        }
        return properties;
    }

    /** For picocli's {@code --version}. */
    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {current().line()};
        }
    }
}
