package org.creditgraph.api.watch;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.creditgraph.api.security.ApiKeys;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.store.WatchlistStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Watchlists stored before callers had stable ids are owned by {@code ROLE:NAME}, the caller's
 * display name, which two keys or tokens may share. At start each such owner is handed to the one
 * configured API key it can only mean; an owner that two keys share is left alone (and logged),
 * since either could be the one that made the lists. What no key takes is adopted by the first
 * bearer-token caller of that role and name, the only trace a token left: once adopted, the lists
 * follow the token's issuer and subject and no other token of that name sees them.
 */
@Component
class WatchlistOwners {

    private static final Logger log = LoggerFactory.getLogger(WatchlistOwners.class);

    private final WatchlistStore watchlists;
    private final Set<String> keyNames;
    private final Map<String, Viewer> unambiguous = new HashMap<>();
    private final Set<String> tried = ConcurrentHashMap.newKeySet();

    WatchlistOwners(WatchlistStore watchlists, ApiKeys keys) {
        this.watchlists = watchlists;
        Map<String, Integer> count = new HashMap<>();
        for (Viewer v : keys.callers()) {
            count.merge(legacy(v), 1, Integer::sum);
        }
        this.keyNames = Set.copyOf(count.keySet());
        for (Viewer v : keys.callers()) {
            if (count.get(legacy(v)) == 1) {
                unambiguous.put(legacy(v), v);
            }
        }
        count.forEach((owner, n) -> {
            if (n > 1) {
                log.warn(
                        "{} API keys are named '{}': watchlists stored under that name before per-key owners are"
                                + " left to neither; set their owner property to one key's id to hand them over",
                        n,
                        owner);
            }
        });
    }

    static String legacy(Viewer viewer) {
        return viewer.role().name() + ":" + viewer.name();
    }

    @EventListener(ApplicationReadyEvent.class)
    void adoptByKeys() {
        unambiguous.forEach((owner, viewer) -> {
            long n = watchlists.transferOwner(owner, viewer.id());
            if (n > 0) {
                log.info("{} watchlist(s) of '{}' now owned by {}", n, owner, viewer.id());
            }
        });
    }

    /** Hands a token caller the lists stored under its role and name; whether any were handed over. */
    boolean adopt(Viewer viewer) {
        if (!viewer.id().startsWith("jwt:")) {
            return false;
        }
        String owner = legacy(viewer);
        if (keyNames.contains(owner) || !tried.add(viewer.id())) {
            return false;
        }
        return watchlists.transferOwner(owner, viewer.id()) > 0;
    }
}
