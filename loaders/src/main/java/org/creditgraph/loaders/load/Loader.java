package org.creditgraph.loaders.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.mapping.Mapping;
import org.creditgraph.loaders.rows.AccidentsLoader;
import org.creditgraph.loaders.rows.Cells;
import org.creditgraph.loaders.rows.CreditGradesLoader;
import org.creditgraph.loaders.rows.EnterprisesLoader;
import org.creditgraph.loaders.rows.HazardsLoader;
import org.creditgraph.loaders.rows.InvestmentsLoader;
import org.creditgraph.loaders.rows.KindLoader;
import org.creditgraph.loaders.rows.ListingsLoader;
import org.creditgraph.loaders.rows.PenaltiesLoader;
import org.creditgraph.loaders.rows.RejectedRow;
import org.creditgraph.loaders.rows.ResponsibilitiesLoader;
import org.creditgraph.loaders.rows.RolesLoader;
import org.creditgraph.loaders.source.InputRow;
import org.creditgraph.loaders.source.MappedFile;
import org.creditgraph.loaders.source.RejectsWriter;
import org.creditgraph.loaders.source.UnusableInputException;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.matching.ListingMatcher;
import org.creditgraph.model.matching.MatchPolicy;
import org.creditgraph.model.store.Graph;
import org.creditgraph.model.store.LoadRunStore;
import org.creditgraph.model.store.MatchStore;

/**
 * Loads files of one KIND: validate and map each row, write good rows in UNWIND batches (one
 * transaction each, MERGE on natural keys, so a killed run can simply be re-run), and send bad rows
 * to {@code FILE.rejects.csv}. A LoadRun node records the run and becomes the new data version.
 */
public final class Loader {

    public static final int DEFAULT_BATCH_SIZE = 2_000;

    /**
     * D1: a listing of this run that names its unit by a legacy identifier and is now linked (by the
     * organisation code, or by entity matching) leaves that identifier on the enterprise, so that
     * later rows with only the registration number link directly.
     */
    static final String KEEP_LEGACY_IDS = "MATCH (l:Listing {loadRun: $run})-[:OF]->(e:Enterprise) "
            + "WHERE l.legacyCode IS NOT NULL "
            + "UNWIND [x IN [l.registrationNumber, l.orgCode] WHERE x IS NOT NULL] AS code "
            + "WITH e, collect(DISTINCT code) AS codes "
            + "WITH e, [x IN codes WHERE NOT x IN coalesce(e.legacyIds, [])] AS added WHERE size(added) > 0 "
            + "SET e.legacyIds = coalesce(e.legacyIds, []) + added";

    public static final int DEFAULT_WRITERS = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'");

    private final Graph graph;
    private final PersonIdentity identity;
    private final LoadRunStore runs;
    private final int batchSize;
    private final int writers;
    private final Map<Kind, KindLoader> loaders = new EnumMap<>(Kind.class);

    public Loader(Graph graph, PersonIdentity identity, int batchSize) {
        this(graph, identity, batchSize, DEFAULT_WRITERS);
    }

    /** @param writers concurrent write transactions (1 writes batches strictly in file order) */
    public Loader(Graph graph, PersonIdentity identity, int batchSize, int writers) {
        this.writers = Math.max(1, writers);
        this.graph = graph;
        this.identity = identity;
        this.runs = new LoadRunStore(graph);
        this.batchSize = batchSize;
        loaders.put(Kind.ENTERPRISES, new EnterprisesLoader());
        loaders.put(Kind.ROLES, new RolesLoader());
        loaders.put(Kind.INVESTMENTS, new InvestmentsLoader());
        loaders.put(Kind.PENALTIES, new PenaltiesLoader());
        loaders.put(Kind.ACCIDENTS, new AccidentsLoader());
        loaders.put(Kind.RESPONSIBILITIES, new ResponsibilitiesLoader());
        loaders.put(Kind.LISTINGS, new ListingsLoader());
        loaders.put(Kind.CREDIT_GRADES, new CreditGradesLoader());
        loaders.put(Kind.HAZARDS, new HazardsLoader());
        runs.checkIdentityFingerprint(identity.fingerprint());
    }

    /** Progress callbacks: the expected row count once, then rows done. */
    public interface Progress {
        Progress NONE = new Progress() {};

        default void start(Path file, long expectedRows) {}

        default void advance(long rows) {}

        default void warning(String message) {}

        /** Every row of the file was read and written. */
        default void finish() {}

        /** The run failed part way; the rows done so far stay written. */
        default void abandon() {}

        /** After a listings or enterprises run: what entity matching did (issue 9). */
        default void matched(ListingMatcher.Summary summary) {}
    }

    public LoadResult load(Kind kind, Path file, Optional<Mapping> mapping, Map<String, String> sets, Progress progress)
            throws UnusableInputException {
        return load(kind, file, mapping, sets, progress, RejectsWriter.pathFor(file));
    }

    /** As {@link #load(Kind, Path, Optional, Map, Progress)}, with the rejected rows written to {@code rejectsFile}. */
    public LoadResult load(
            Kind kind,
            Path file,
            Optional<Mapping> mapping,
            Map<String, String> sets,
            Progress progress,
            Path rejectsFile)
            throws UnusableInputException {
        KindLoader loader = loaders.get(kind);
        try (MappedFile input = MappedFile.open(file, kind, mapping, sets);
                RejectsWriter rejects = RejectsWriter.forFile(input, rejectsFile)) {
            input.unknownHeadersWarning().ifPresent(progress::warning);
            String runId = RUN_ID.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-" + kind.cliName() + "-"
                    + HexFormat.of()
                            .toHexDigits((short) ThreadLocalRandom.current().nextInt());
            String checksum = checksum(file);
            runs.open(runId, kind.cliName(), file.getFileName().toString(), checksum);
            Map<String, Object> run = new HashMap<>();
            run.put("id", runId);
            run.put("file", file.getFileName().toString());
            run.put("checksum", checksum);
            run.put("startedAt", ZonedDateTime.now(ZoneOffset.UTC));
            progress.start(file, input.countRows());
            long[] counts = new long[3]; // accepted, unchanged, warnings
            List<Map<String, Object>> batch = new ArrayList<>(batchSize);
            Optional<LoadResult.Records> records;
            try (BatchWriter writer =
                    new BatchWriter(graph, loader.upsertStatement(), run, writers, progress::advance)) {
                for (Iterator<InputRow> it = input.rows(); it.hasNext(); ) {
                    InputRow row = it.next();
                    Cells cells = new Cells(row, kind, identity);
                    Map<String, Object> mapped;
                    try {
                        mapped = new HashMap<>(loader.map(cells));
                    } catch (RejectedRow rejected) {
                        rejects.reject(row, rejected.getMessage());
                        progress.advance(1);
                        continue;
                    }
                    mapped.put("warnings", cells.warnings());
                    mapped.put("hash", RowHash.of(mapped));
                    mapped.put("line", row.rowNumber());
                    counts[0]++;
                    counts[2] += cells.warnings().size();
                    batch.add(mapped);
                    if (batch.size() >= batchSize) {
                        writer.submit(batch);
                        batch = new ArrayList<>(batchSize);
                    }
                }
                if (!batch.isEmpty()) {
                    writer.submit(batch);
                }
                counts[1] = writer.finish();
                records = writer.records();
            } catch (RuntimeException e) {
                progress.abandon();
                runs.fail(runId, e.getClass().getSimpleName());
                throw e;
            }
            progress.finish();
            long loaded = counts[0] - counts[1];
            runs.close(runId, loaded, rejects.rejected(), counts[1], counts[2]);
            var matcher = new ListingMatcher(new MatchStore(graph), java.time.Clock.systemUTC());
            if (kind == Kind.LISTINGS) {
                // only the listings this run wrote: a small load does not re-match every unlinked listing
                progress.matched(matcher.matchUnlinked(MatchPolicy.DEFAULT, Optional.of(runId)));
                graph.write(KEEP_LEGACY_IDS, Map.of("run", runId));
            } else if (kind == Kind.ENTERPRISES) {
                // new enterprises may complete a match of any listing without a subject
                progress.matched(matcher.matchUnlinked(MatchPolicy.DEFAULT));
            }
            return new LoadResult(runId, loaded, rejects.rejected(), counts[1], counts[2], rejects.path(), records);
        }
    }

    /** Loads several files of one KIND; the result adds their counts. */
    public LoadResult loadAll(
            Kind kind, List<Path> files, Optional<Mapping> mapping, Map<String, String> sets, Progress progress)
            throws UnusableInputException {
        LoadResult total = null;
        for (Path file : files) {
            LoadResult result = load(kind, file, mapping, sets, progress);
            total = total == null ? result : total.plus(result);
        }
        return total == null ? new LoadResult(null, 0, 0, 0, 0, Optional.empty()) : total;
    }

    static String checksum(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStreamSink.INSTANCE);
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(
                                    ((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}
