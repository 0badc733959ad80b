package org.creditgraph.api.watch;

import graphql.GraphQLContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.creditgraph.api.check.SubjectRefInput;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.graphql.ResponseWarnings;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Subject;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.store.Cursor;
import org.creditgraph.model.store.EventStore;
import org.creditgraph.model.store.SubjectResolver;
import org.creditgraph.model.store.WatchlistStore;
import org.creditgraph.model.store.WatchlistStore.State;
import org.creditgraph.model.store.WatchlistStore.Target;
import org.creditgraph.model.store.WatchlistStore.Watchlist;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** Watchlist queries, mutations and the {@code watchlistEvents} subscription (issue 7). */
@Controller
public class WatchController {

    /** GraphQL {@code CreateWatchlistInput}. */
    public record CreateWatchlistInput(
            String name, List<SubjectRefInput> subjects, List<SanctionDomain> domains, String webhookUrl) {}

    /** GraphQL {@code Watchlist} (never the secret). */
    public record WatchlistView(
            String id,
            String name,
            List<SanctionDomain> domains,
            String webhookUrl,
            long subjectCount,
            String createdAt) {

        static WatchlistView of(Watchlist w) {
            return new WatchlistView(
                    w.id(),
                    w.name(),
                    w.domains(),
                    w.webhookUrl(),
                    w.subjectCount(),
                    w.createdAt().toOffsetDateTime().toString());
        }
    }

    /** GraphQL {@code CreatedWatchlist}. */
    public record CreatedView(String id, String secret, String standardWebhooksSecret, WatchlistView watchlist) {}

    /** GraphQL {@code WatchedSubject} and {@code WatchedVerdict}. */
    public record WatchedSubjectView(String subjectId, String kind, Subject subject, List<VerdictView> verdicts) {}

    public record VerdictView(
            SanctionDomain domain,
            org.creditgraph.model.check.Verdict verdict,
            List<String> reasons,
            List<String> evidenceIds,
            java.time.LocalDate since) {}

    private final WatchlistService service;
    private final WatchlistStore watchlists;
    private final EventStore events;
    private final SubjectResolver resolver;
    private final WatchProperties properties;

    public WatchController(
            WatchlistService service,
            WatchlistStore watchlists,
            EventStore events,
            SubjectResolver resolver,
            WatchProperties properties) {
        this.service = service;
        this.watchlists = watchlists;
        this.events = events;
        this.resolver = resolver;
        this.properties = properties;
    }

    @MutationMapping
    public CreatedView createWatchlist(@Argument CreateWatchlistInput input, GraphQLContext context) {
        var created = service.create(
                input.name(),
                input.subjects(),
                input.domains(),
                input.webhookUrl(),
                Callers.of(context),
                w -> ResponseWarnings.add(context, w));
        return new CreatedView(
                created.watchlist().id(),
                created.secret(),
                Webhooks.standardSecret(created.secret()),
                WatchlistView.of(created.watchlist()));
    }

    @MutationMapping
    public WatchlistView addToWatchlist(
            @Argument String watchlistId, @Argument List<SubjectRefInput> subjects, GraphQLContext context) {
        return WatchlistView.of(
                service.add(watchlistId, subjects, Callers.of(context), w -> ResponseWarnings.add(context, w)));
    }

    @MutationMapping
    public WatchlistView removeFromWatchlist(
            @Argument String watchlistId, @Argument List<SubjectRefInput> subjects, GraphQLContext context) {
        return WatchlistView.of(
                service.remove(watchlistId, subjects, Callers.of(context), w -> ResponseWarnings.add(context, w)));
    }

    @MutationMapping
    public boolean deleteWatchlist(@Argument String id, GraphQLContext context) {
        return service.delete(id, Callers.of(context));
    }

    @QueryMapping
    public List<WatchlistView> watchlists(GraphQLContext context) {
        return service.list(Callers.of(context)).stream().map(WatchlistView::of).toList();
    }

    @QueryMapping
    public WatchlistView watchlist(@Argument String id, GraphQLContext context) {
        return service.find(id, Callers.of(context)).map(WatchlistView::of).orElse(null);
    }

    @SchemaMapping(typeName = "Watchlist", field = "subjects")
    public Map<String, Object> subjects(
            WatchlistView watchlist, @Argument Integer first, @Argument String after, GraphQLContext context) {
        int size = first == null ? 20 : first;
        if (size < 0 || size > 100) {
            throw new ApiException(ErrorCode.BAD_USER_INPUT, "first must be between 0 and 100");
        }
        String afterId = after == null ? null : Cursor.decode(after, 2).get(1);
        List<Target> page = watchlists.targets(watchlist.id(), afterId, size + 1);
        boolean more = page.size() > size;
        page = more ? page.subList(0, size) : page;
        List<String> keys = new ArrayList<>();
        page.forEach(t -> watchlist.domains().forEach(d -> keys.add(State.key(t.id(), d))));
        Map<String, State> states = watchlists.states(keys);
        Viewer viewer = Callers.of(context);
        Map<String, Subject> subjects = resolver.byIds(
                page.stream()
                        .filter(t -> t.kind() == SubjectKind.ENTERPRISE)
                        .map(Target::id)
                        .toList(),
                page.stream()
                        .filter(t -> t.kind() == SubjectKind.PERSON)
                        .map(Target::id)
                        .toList(),
                viewer);
        List<Map<String, Object>> edges = new ArrayList<>();
        for (Target t : page) {
            List<VerdictView> verdicts = new ArrayList<>();
            for (SanctionDomain d : watchlist.domains()) {
                State s = states.get(State.key(t.id(), d));
                if (s != null) {
                    verdicts.add(new VerdictView(d, s.verdict(), s.reasons(), s.evidenceIds(), s.since()));
                }
            }
            edges.add(edge(
                    Cursor.encode(List.of("subject", t.id())),
                    new WatchedSubjectView(t.id(), t.kind().name(), subjects.get(t.id()), verdicts)));
        }
        return connection(edges, more, watchlist.subjectCount());
    }

    @QueryMapping
    public Map<String, Object> events(
            @Argument String watchlistId, @Argument String after, @Argument Integer first, GraphQLContext context) {
        int size = first == null ? 100 : first;
        if (size < 0 || size > 1000) {
            throw new ApiException(ErrorCode.BAD_USER_INPUT, "first must be between 0 and 1000");
        }
        long afterSeq = after == null ? 0 : WatchEventView.seq(after);
        List<EventStore.Event> page = service.events(watchlistId, afterSeq, size + 1, Callers.of(context));
        boolean more = page.size() > size;
        page = more ? page.subList(0, size) : page;
        List<Map<String, Object>> edges = new ArrayList<>();
        page.forEach(e -> edges.add(edge(WatchEventView.cursor(e.seq()), WatchEventView.of(e))));
        return connection(edges, more, events.count(watchlistId));
    }

    /**
     * Events of the caller's watchlist from the moment of subscribing. Events are read from the
     * durable store (every {@code subscriptionPoll}), so a subscriber sees events found by any
     * server of a cluster; a reconnecting client replays the gap with {@code events(after)}.
     */
    @SubscriptionMapping
    public Flux<WatchEventView> watchlistEvents(@Argument String watchlistId, GraphQLContext context) {
        service.own(watchlistId, Callers.of(context));
        AtomicLong cursor = new AtomicLong(events.lastSeq());
        Duration poll = properties.subscriptionPoll();
        return Flux.interval(Duration.ZERO, poll)
                .onBackpressureDrop()
                .concatMap(
                        tick -> Flux.defer(() -> Flux.fromIterable(events.after(watchlistId, cursor.get(), 500)))
                                .subscribeOn(Schedulers.boundedElastic()),
                        1)
                .doOnNext(e -> cursor.set(e.seq()))
                .map(WatchEventView::of);
    }

    private static Map<String, Object> edge(String cursor, Object node) {
        Map<String, Object> edge = new LinkedHashMap<>();
        edge.put("cursor", cursor);
        edge.put("node", node);
        return edge;
    }

    private static Map<String, Object> connection(List<Map<String, Object>> edges, boolean more, long total) {
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", more);
        pageInfo.put("endCursor", edges.isEmpty() ? null : edges.getLast().get("cursor"));
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("edges", edges);
        connection.put("pageInfo", pageInfo);
        connection.put("totalCount", total);
        return connection;
    }
}
