package org.creditgraph.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.LoadResult;
import org.creditgraph.loaders.load.Loader;

/** Test data as the outside world sends it: CSV lines of one KIND, written to a file and loaded. */
public final class CsvFixture {

    private CsvFixture() {}

    public static LoadResult load(Loader loader, Path dir, Kind kind, String... lines) throws Exception {
        Path file = dir.resolve(kind.fileName());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return loader.load(kind, file, Optional.empty(), Map.of(), Loader.Progress.NONE);
    }
}
