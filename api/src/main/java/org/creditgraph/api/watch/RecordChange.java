package org.creditgraph.api.watch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditgraph.api.relay.GlobalId;
import org.creditgraph.model.WatchEventKind;
import org.creditgraph.model.store.WatchlistStore.State;

/**
 * The record a watch event points at, and the event's kind, derived from how the evidence of a
 * watched subject changed between the stored state and the recomputed one. A listing that enters
 * the evidence (the subject's own or, on a control path, a controller's) is LISTING_ADDED; one
 * that leaves it is LISTING_ENDED; a new hazard, accident or penalty is HAZARD_ADDED,
 * ACCIDENT_ADDED or PENALTY_ADDED, in that order of precedence. Anything else is VERDICT_CHANGED,
 * naming the record that left the evidence (an annulled or repaired penalty, say) when there is one.
 *
 * @param type the record's type, null when no record of a known type changed
 * @param recordKey its natural key, as in {@code evidenceIds}
 */
public record RecordChange(WatchEventKind kind, GlobalId.Type type, String recordKey) {

    private static final List<GlobalId.Type> ADDED_ORDER =
            List.of(GlobalId.Type.Listing, GlobalId.Type.Hazard, GlobalId.Type.Accident, GlobalId.Type.Penalty);

    /** The record's id as {@code node(id:)} resolves it, or null. */
    public String recordId() {
        return type == null ? null : GlobalId.of(type, recordKey);
    }

    /**
     * @param types the type of each evidence key that is a record ({@link #recordKeys} of both
     *     states); person ids and USCCs on control paths are absent
     */
    static RecordChange between(State before, State now, Map<String, GlobalId.Type> types) {
        List<String> added = difference(now.evidenceIds(), before.evidenceIds());
        List<String> removed = difference(before.evidenceIds(), now.evidenceIds());
        for (GlobalId.Type type : ADDED_ORDER) {
            for (String key : added) {
                if (types.get(key) == type) {
                    return new RecordChange(kindOfNew(type), type, key);
                }
            }
            if (type == GlobalId.Type.Listing) {
                for (String key : removed) {
                    if (types.get(key) == type) {
                        return new RecordChange(WatchEventKind.LISTING_ENDED, type, key);
                    }
                }
            }
        }
        for (String key : removed) {
            if (types.containsKey(key)) {
                return new RecordChange(WatchEventKind.VERDICT_CHANGED, types.get(key), key);
            }
        }
        return new RecordChange(WatchEventKind.VERDICT_CHANGED, null, null);
    }

    /** The evidence keys that entered or left between two states: the ones whose type matters. */
    static Set<String> recordKeys(State before, State now) {
        Set<String> keys = new HashSet<>(difference(now.evidenceIds(), before.evidenceIds()));
        keys.addAll(difference(before.evidenceIds(), now.evidenceIds()));
        return keys;
    }

    private static WatchEventKind kindOfNew(GlobalId.Type type) {
        return switch (type) {
            case Listing -> WatchEventKind.LISTING_ADDED;
            case Hazard -> WatchEventKind.HAZARD_ADDED;
            case Accident -> WatchEventKind.ACCIDENT_ADDED;
            default -> WatchEventKind.PENALTY_ADDED;
        };
    }

    private static List<String> difference(List<String> from, List<String> minus) {
        Set<String> other = new HashSet<>(minus);
        List<String> left = new ArrayList<>();
        for (String key : from) {
            if (!other.contains(key) && !left.contains(key)) {
                left.add(key);
            }
        }
        return left;
    }
}
