package org.creditgraph.api.watch;

import java.time.LocalDate;
import java.util.List;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.WatchEventKind;
import org.creditgraph.model.check.Verdict;
import org.creditgraph.model.store.Cursor;
import org.creditgraph.model.store.EventStore.Event;

/** GraphQL {@code WatchEvent}. */
public record WatchEventView(
        String id,
        String cursor,
        String watchlistId,
        String subjectId,
        String subjectKind,
        SanctionDomain domain,
        Verdict oldVerdict,
        Verdict newVerdict,
        List<String> reasons,
        List<String> evidenceIds,
        String dataVersion,
        String occurredAt,
        LocalDate effectiveOn,
        String cause,
        WatchEventKind kind,
        String recordId,
        String recordKey) {

    static WatchEventView of(Event e) {
        return new WatchEventView(
                e.id(),
                cursor(e.seq()),
                e.watchlistId(),
                e.subjectId(),
                e.subjectKind().name(),
                e.domain(),
                e.oldVerdict(),
                e.newVerdict(),
                e.reasons(),
                e.evidenceIds(),
                e.dataVersion() == null ? "empty" : e.dataVersion(),
                e.occurredAt().toOffsetDateTime().toString(),
                e.effectiveOn(),
                e.cause(),
                e.kind(),
                e.recordId(),
                e.recordKey());
    }

    static String cursor(long seq) {
        return Cursor.encode(List.of("event", Long.toString(seq)));
    }

    /** The sequence number a cursor stands for; BAD_USER_INPUT for anything else. */
    static long seq(String cursor) {
        List<String> values = Cursor.decode(cursor, 2);
        if (!values.getFirst().equals("event")) {
            throw new ApiException(ErrorCode.BAD_USER_INPUT, "after is not a cursor of events");
        }
        try {
            return Long.parseLong(values.get(1));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.BAD_USER_INPUT, "after is not a cursor of events");
        }
    }
}
