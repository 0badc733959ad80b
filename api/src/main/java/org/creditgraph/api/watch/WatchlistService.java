package org.creditgraph.api.watch;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.creditgraph.api.check.CheckService;
import org.creditgraph.api.check.SubjectKey;
import org.creditgraph.api.check.SubjectRefInput;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.store.EventStore;
import org.creditgraph.model.store.WatchlistStore;
import org.creditgraph.model.store.WatchlistStore.Target;
import org.creditgraph.model.store.WatchlistStore.Watched;
import org.creditgraph.model.store.WatchlistStore.Watchlist;
import org.springframework.stereotype.Service;

/**
 * Watchlists (issue 7) as a caller sees them: AGENCY or ADMIN callers only, each seeing and
 * changing only its own lists; an AGENCY key limited to domains watches only those. Subjects are
 * resolved as a check resolves them, so persons named by ID number are kept by opaque id (D12).
 */
@Service
public class WatchlistService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CheckService checks;
    private final WatchlistStore watchlists;
    private final EventStore events;
    private final ChangeDetector detector;
    private final WebhookTargets targets;
    private final WatchProperties properties;
    private final WatchlistOwners owners;

    public WatchlistService(
            CheckService checks,
            WatchlistStore watchlists,
            EventStore events,
            ChangeDetector detector,
            WebhookTargets targets,
            WatchProperties properties,
            WatchlistOwners owners) {
        this.checks = checks;
        this.watchlists = watchlists;
        this.events = events;
        this.detector = detector;
        this.targets = targets;
        this.properties = properties;
        this.owners = owners;
    }

    public record Created(Watchlist watchlist, String secret) {}

    public Created create(
            String name,
            List<SubjectRefInput> subjects,
            List<SanctionDomain> domains,
            String webhookUrl,
            Viewer viewer,
            Consumer<String> warn) {
        String owner = owner(viewer);
        if (name == null || name.isBlank()) {
            throw new ApiException(ErrorCode.BAD_USER_INPUT, "name must not be empty");
        }
        if (domains.isEmpty()) {
            throw new ApiException(ErrorCode.BAD_USER_INPUT, "name at least one domain");
        }
        for (SanctionDomain d : domains) {
            if (!viewer.mayCheck(d)) {
                throw new ApiException(
                        ErrorCode.FORBIDDEN, "this key may watch only " + viewer.domains() + ", not " + d);
            }
        }
        String url = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
        if (url != null) {
            targets.problem(url).ifPresent(problem -> {
                throw new ApiException(ErrorCode.BAD_USER_INPUT, problem, Map.of("field", "input.webhookUrl"));
            });
        }
        List<Target> resolved = resolve(subjects, viewer, warn);
        if (resolved.size() > properties.maxSubjects()) {
            throw new ApiException(
                    ErrorCode.BAD_USER_INPUT, "at most " + properties.maxSubjects() + " subjects per watchlist");
        }
        String secret = HexFormat.of().formatHex(bytes(32));
        Watchlist w = new Watchlist(
                UUID.randomUUID().toString(),
                name.strip(),
                owner,
                List.copyOf(new LinkedHashSet<>(domains)),
                url,
                secret,
                0,
                null);
        watchlists.create(w);
        watchlists.add(w.id(), resolved);
        detector.baseline(watched(resolved, w.domains()));
        return new Created(watchlists.find(w.id()).orElseThrow(), secret);
    }

    public Watchlist add(String watchlistId, List<SubjectRefInput> subjects, Viewer viewer, Consumer<String> warn) {
        Watchlist w = own(watchlistId, viewer);
        List<Target> resolved = resolve(subjects, viewer, warn);
        long fresh =
                watchlists.countNotOn(w.id(), resolved.stream().map(Target::id).toList());
        if (w.subjectCount() + fresh > properties.maxSubjects()) {
            throw new ApiException(
                    ErrorCode.BAD_USER_INPUT,
                    "at most " + properties.maxSubjects() + " subjects per watchlist; it has " + w.subjectCount()
                            + " and " + fresh + " would be added");
        }
        watchlists.add(w.id(), resolved);
        detector.baseline(watched(resolved, w.domains()));
        return watchlists.find(w.id()).orElseThrow();
    }

    public Watchlist remove(String watchlistId, List<SubjectRefInput> subjects, Viewer viewer, Consumer<String> warn) {
        Watchlist w = own(watchlistId, viewer);
        watchlists.remove(
                w.id(), resolve(subjects, viewer, warn).stream().map(Target::id).toList());
        return watchlists.find(w.id()).orElseThrow();
    }

    public boolean delete(String watchlistId, Viewer viewer) {
        owner(viewer);
        Optional<Watchlist> w = watchlists.find(watchlistId);
        if (w.isEmpty()) {
            return false;
        }
        own(watchlistId, viewer);
        watchlists.delete(watchlistId);
        return true;
    }

    public List<Watchlist> list(Viewer viewer) {
        String owner = owner(viewer);
        owners.adopt(viewer);
        return watchlists.ownedBy(owner);
    }

    /** The caller's watchlist, or empty when there is none with this id. */
    public Optional<Watchlist> find(String watchlistId, Viewer viewer) {
        String owner = owner(viewer);
        Optional<Watchlist> w = watchlists.find(watchlistId);
        if (w.isPresent() && !w.get().owner().equals(owner)) {
            if (!owners.adopt(viewer)
                    || !watchlists.find(watchlistId).orElseThrow().owner().equals(owner)) {
                throw forbidden();
            }
            w = watchlists.find(watchlistId);
        }
        return w;
    }

    /** The caller's watchlist; BAD_USER_INPUT when unknown, FORBIDDEN when another caller's. */
    public Watchlist own(String watchlistId, Viewer viewer) {
        return find(watchlistId, viewer)
                .orElseThrow(() -> new ApiException(
                        ErrorCode.BAD_USER_INPUT, "no watchlist " + watchlistId, Map.of("field", "watchlistId")));
    }

    public List<EventStore.Event> events(String watchlistId, long afterSeq, int limit, Viewer viewer) {
        own(watchlistId, viewer);
        return events.after(watchlistId, afterSeq, limit);
    }

    /** Owner key of a caller, its stable id; anonymous callers have no watchlists. */
    static String owner(Viewer viewer) {
        if (viewer.isPublic()) {
            throw new ApiException(
                    ErrorCode.FORBIDDEN, "watchlists need an AGENCY or ADMIN caller (X-API-Key or bearer token)");
        }
        return viewer.id();
    }

    private static ApiException forbidden() {
        return new ApiException(ErrorCode.FORBIDDEN, "this watchlist belongs to another caller");
    }

    private List<Target> resolve(List<SubjectRefInput> refs, Viewer viewer, Consumer<String> warn) {
        if (refs.size() > properties.maxSubjects()) {
            throw new ApiException(
                    ErrorCode.BAD_USER_INPUT, "at most " + properties.maxSubjects() + " subjects per watchlist");
        }
        List<SubjectKey> keys = checks.resolveIds(refs, viewer, warn);
        Map<String, Target> unique = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            SubjectKey k = keys.get(i);
            if (k == null) {
                throw new ApiException(
                        ErrorCode.BAD_USER_INPUT,
                        "subjects[" + i + "]: the name matches no known subject; watch it by uscc or id",
                        Map.of("field", "subjects[" + i + "]"));
            }
            unique.putIfAbsent(k.id(), new Target(k.id(), k.kind()));
        }
        return new ArrayList<>(unique.values());
    }

    private static List<Watched> watched(List<Target> targets, List<SanctionDomain> domains) {
        Set<SanctionDomain> set = new java.util.TreeSet<>(domains);
        return targets.stream().map(t -> new Watched(t, set)).toList();
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
