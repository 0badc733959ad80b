package org.creditgraph.loaders.load;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Outcome of loading one file: the counts of contract §1's summary line, and, for KINDs whose
 * writer reports them (listings), what the loaded rows did to records: {@link Records}.
 */
public record LoadResult(
        String runId,
        long loaded,
        long rejected,
        long unchanged,
        long warnings,
        Optional<Path> rejectsFile,
        Optional<Records> records) {

    /**
     * Records written by the loaded rows: {@code created} new ones, {@code updated} ones held before
     * this run, and rows {@code merged} into a record an earlier row of the same run wrote (one
     * debarment published once per address). {@code created + updated} is the number of records
     * written; {@code created + updated + merged} equals {@code loaded}.
     */
    public record Records(long created, long updated, long merged) {
        Records plus(Records other) {
            return new Records(created + other.created, updated + other.updated, merged + other.merged);
        }

        public String line() {
            return "created " + created + ", updated " + updated + ", merged " + merged;
        }
    }

    public LoadResult(
            String runId, long loaded, long rejected, long unchanged, long warnings, Optional<Path> rejectsFile) {
        this(runId, loaded, rejected, unchanged, warnings, rejectsFile, Optional.empty());
    }

    public String summary() {
        return "loaded " + loaded + ", rejected " + rejected + ", unchanged " + unchanged;
    }

    public LoadResult plus(LoadResult other) {
        Optional<Records> sum = records.isEmpty()
                ? other.records
                : other.records.isEmpty() ? records : Optional.of(records.get().plus(other.records.get()));
        return new LoadResult(
                other.runId,
                loaded + other.loaded,
                rejected + other.rejected,
                unchanged + other.unchanged,
                warnings + other.warnings,
                other.rejectsFile,
                sum);
    }
}
