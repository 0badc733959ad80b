package org.creditgraph.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.relay.GlobalId;
import org.creditgraph.model.Penalty;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.Publicity;
import org.creditgraph.model.store.AccidentStore;
import org.creditgraph.model.store.ChangeFeedStore;
import org.creditgraph.model.store.ChangeFeedStore.Changed;
import org.creditgraph.model.store.ChangeFeedStore.Run;
import org.creditgraph.model.store.ChangeFeedStore.Type;
import org.creditgraph.model.store.Cursor;
import org.creditgraph.model.store.EnterpriseStore;
import org.creditgraph.model.store.HazardStore;
import org.creditgraph.model.store.ListingStore;
import org.creditgraph.model.store.PenaltyStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The public change feed (变更数据流): one NDJSON line per record created or changed after a
 * position, oldest change first, each with the cursor to resume after it. Records are read through
 * the same stores and visibility as the API and the exports, for the caller: a record the caller
 * may see is an {@code upsert} with the record as the export would give it; one the caller may not
 * see (D6: a penalty out of public view, for an anonymous caller) is a {@code remove} only when
 * {@link Publicity#removalShownToPublic} allows, and is left out otherwise. Persons are never a
 * line of their own (D12): they appear masked inside the records that name them.
 */
@Service
public class ChangeFeed {

    /** Where to start: after a record of a run, after a whole run, after a time, or from the first run. */
    record Position(Run run, int type, String key, ZonedDateTime time) {

        static final Position START = new Position(null, 0, null, null);
    }

    private static final String CURSOR_TAG = "change";
    private static final int RUN_PAGE = 100;
    private static final Viewer EVERYTHING = new Viewer(Viewer.Role.ADMIN, Set.of(), "change feed");

    private final ChangeFeedStore store;
    private final EnterpriseStore enterprises;
    private final ListingStore listings;
    private final PenaltyStore penalties;
    private final AccidentStore accidents;
    private final HazardStore hazards;
    private final int pageSize;

    public ChangeFeed(
            ChangeFeedStore store,
            EnterpriseStore enterprises,
            ListingStore listings,
            PenaltyStore penalties,
            AccidentStore accidents,
            HazardStore hazards,
            @Value("${creditgraph.export.page-size:5000}") int pageSize) {
        this.store = store;
        this.enterprises = enterprises;
        this.listings = listings;
        this.penalties = penalties;
        this.accidents = accidents;
        this.hazards = hazards;
        this.pageSize = pageSize;
    }

    /**
     * The position {@code since} names: absent or {@code 0} for the start, a line's cursor, a data
     * version (a load run's or correction's id), or an ISO-8601 time (with offset) or date (start of
     * that day in Asia/Shanghai). Anything else is BAD_USER_INPUT; the message never repeats the
     * value (it might be an ID number, D12).
     */
    Position position(String since) {
        if (since == null || since.isBlank() || since.strip().equals("0")) {
            return Position.START;
        }
        String text = since.strip();
        if (text.length() > 1000) {
            throw bad("since is too long");
        }
        try {
            List<String> values = Cursor.decode(text, 4);
            if (values.getFirst().equals(CURSOR_TAG)) {
                Run run = store.run(values.get(1)).orElseThrow(() -> bad("since names a data version that is unknown"));
                return new Position(run, Integer.parseInt(values.get(2)), values.get(3), null);
            }
        } catch (Cursor.InvalidCursorException | NumberFormatException e) {
            // not a cursor of this feed: a data version or a time, below
        }
        var run = store.run(text);
        if (run.isPresent()) {
            return new Position(run.get(), Type.values().length, null, null);
        }
        try {
            return new Position(null, 0, null, OffsetDateTime.parse(text).toZonedDateTime());
        } catch (DateTimeParseException e) {
            // a date, below
        }
        try {
            return new Position(null, 0, null, LocalDate.parse(text).atStartOfDay(PenaltyStore.ZONE));
        } catch (DateTimeParseException e) {
            throw bad("since must be 0, a cursor from this feed, a dataVersion, or an ISO-8601 time such as"
                    + " 2026-12-01T00:00:00+08:00 or date such as 2026-12-01");
        }
    }

    /** Writes the lines after {@code from} for {@code viewer}; returns their number. */
    long write(Position from, Viewer viewer, OutputStream out) throws IOException {
        LocalDate today = LocalDate.now(PenaltyStore.ZONE);
        long lines = 0;
        if (from.run() != null) {
            lines += writeRun(from.run(), from.type(), from.key(), viewer, today, out);
        }
        Run after = from.run();
        ZonedDateTime time = from.time();
        List<Run> runs;
        while (!(runs = store.runsAfter(after, time, RUN_PAGE)).isEmpty()) {
            for (Run run : runs) {
                lines += writeRun(run, 0, null, viewer, today, out);
            }
            after = runs.getLast();
        }
        out.flush();
        return lines;
    }

    private long writeRun(Run run, int fromType, String afterKey, Viewer viewer, LocalDate today, OutputStream out)
            throws IOException {
        long lines = 0;
        Type[] types = Type.values();
        for (int t = fromType; t < types.length; t++) {
            String after = t == fromType ? afterKey : null;
            List<Changed> page;
            while (!(page = store.changed(run.id(), types[t], after, pageSize)).isEmpty()) {
                lines += writePage(run, t, page, viewer, today, out);
                after = page.getLast().key();
                out.flush();
            }
        }
        return lines;
    }

    private long writePage(Run run, int type, List<Changed> page, Viewer viewer, LocalDate today, OutputStream out)
            throws IOException {
        List<String> keys = page.stream().map(Changed::key).toList();
        Map<String, Map<String, Object>> visible = records(Type.values()[type], keys, viewer);
        Map<String, Penalty> hidden = Type.values()[type] == Type.Penalty && visible.size() < keys.size()
                ? penalties.byKeys(
                        keys.stream().filter(k -> !visible.containsKey(k)).toList(), EVERYTHING)
                : Map.of();
        long lines = 0;
        for (Changed changed : page) {
            Map<String, Object> record = visible.get(changed.key());
            if (record == null) {
                Penalty p = hidden.get(changed.key());
                if (p == null || !Publicity.removalShownToPublic(window(p), changed.firstHeldOn())) {
                    continue;
                }
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("cursor", Cursor.encode(List.of(CURSOR_TAG, run.id(), Integer.toString(type), changed.key())));
            line.put("op", record == null ? "remove" : "upsert");
            line.put("type", Type.values()[type].name());
            line.put("key", changed.key());
            line.put("id", id(Type.values()[type], changed.key()));
            line.put("dataVersion", run.id());
            line.put("changedAt", run.finishedAt().toOffsetDateTime().toString());
            if (record != null) {
                line.put("record", record);
            }
            RowWriter.Ndjson.line(out, line);
            lines++;
        }
        return lines;
    }

    /** The records the viewer may see, each as the NDJSON export writes it. */
    private Map<String, Map<String, Object>> records(Type type, List<String> keys, Viewer viewer) {
        Map<String, Map<String, Object>> records = new LinkedHashMap<>();
        switch (type) {
            case Enterprise ->
                enterprises
                        .registrations(keys, viewer)
                        .forEach((k, r) -> records.put(k, RowWriter.Ndjson.object(RecordTables.ENTERPRISES, r)));
            case Listing -> {
                var columns = RecordTables.listings(LocalDate.now(PenaltyStore.ZONE));
                listings.entries(keys, viewer).forEach((k, e) -> records.put(k, RowWriter.Ndjson.object(columns, e)));
            }
            case Penalty ->
                penalties
                        .byKeys(keys, viewer)
                        .forEach((k, p) -> records.put(k, RowWriter.Ndjson.object(RecordTables.PENALTIES, p)));
            case Accident ->
                accidents
                        .byNumbers(keys, viewer)
                        .forEach((k, a) -> records.put(k, RowWriter.Ndjson.object(RecordTables.ACCIDENTS, a)));
            case Hazard ->
                hazards.byNumbers(keys)
                        .forEach((k, h) -> records.put(k, RowWriter.Ndjson.object(RecordTables.HAZARDS, h)));
        }
        return records;
    }

    /** The id {@code node(id:)} resolves: an enterprise's USCC, else {@code Type:key}. */
    private static String id(Type type, String key) {
        return type == Type.Enterprise ? key : GlobalId.of(GlobalId.Type.valueOf(type.name()), key);
    }

    private static Publicity.PenaltyWindow window(Penalty p) {
        return new Publicity.PenaltyWindow(
                p.decidedOn(),
                p.publicityUntil(),
                p.repairedOn(),
                p.status(),
                p.statusOn(),
                java.util.Set.copyOf(p.types()));
    }

    private static ApiException bad(String message) {
        return new ApiException(ErrorCode.BAD_USER_INPUT, message);
    }
}
