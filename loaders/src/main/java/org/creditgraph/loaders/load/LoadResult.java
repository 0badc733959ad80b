package org.creditgraph.loaders.load;

import java.nio.file.Path;
import java.util.Optional;

/** Outcome of loading one file: the counts of contract §1's summary line. */
public record LoadResult(
        String runId, long loaded, long rejected, long unchanged, long warnings, Optional<Path> rejectsFile) {

    public String summary() {
        return "loaded " + loaded + ", rejected " + rejected + ", unchanged " + unchanged;
    }

    LoadResult plus(LoadResult other) {
        return new LoadResult(
                other.runId,
                loaded + other.loaded,
                rejected + other.rejected,
                unchanged + other.unchanged,
                warnings + other.warnings,
                other.rejectsFile);
    }
}
