package org.creditgraph.api.graphql;

import graphql.GraphQLContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditgraph.api.limits.MatchBudget;
import org.creditgraph.api.resilience.DatabaseGuard;
import org.creditgraph.api.security.Callers;
import org.creditgraph.api.watch.ChangeDetector;
import org.creditgraph.model.Enterprise;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.matching.ListingMatcher;
import org.creditgraph.model.matching.MatchScore;
import org.creditgraph.model.rules.Uscc;
import org.creditgraph.model.store.Cursor;
import org.creditgraph.model.store.MatchStore;
import org.creditgraph.model.store.Page;
import org.creditgraph.model.store.PageRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Entity matching (issue 9): {@code match} and {@code matchMany} for AGENCY and ADMIN callers; the review queue
 * {@code matchCandidates} and the decisions {@code acceptMatch} / {@code rejectMatch} for ADMIN.
 * Anonymous callers may not match: a fuzzy match is a lead for a professional, and publishing
 * "probably the debarred firm" about a similarly named enterprise would harm it; they have search.
 */
@Controller
public class MatchController {

    static final int MAX_NAME_LENGTH = 500;
    static final int MATCH_MANY_DEFAULT_SIZE = 5;

    private final ListingMatcher matcher;
    private final MatchStore store;
    private final Clock clock;
    private final ObjectProvider<ChangeDetector> changes;
    private final DatabaseGuard guard;

    public MatchController(
            ListingMatcher matcher,
            MatchStore store,
            Clock clock,
            ObjectProvider<ChangeDetector> changes,
            DatabaseGuard guard) {
        this.matcher = matcher;
        this.store = store;
        this.clock = clock;
        this.changes = changes;
        this.guard = guard;
    }

    /** GraphQL {@code Match}. */
    public record MatchView(Enterprise enterprise, double score, List<String> explanations) {}

    /** GraphQL {@code MatchReview}. */
    public record ReviewView(
            String listingKey,
            String list,
            String subjectName,
            String subjectNameZh,
            String caseNumber,
            List<String> addresses,
            String country,
            List<MatchView> candidates) {}

    /** GraphQL {@code MatchDecision}. */
    public record DecisionView(
            String listingKey,
            Enterprise enterprise,
            String decision,
            double score,
            String decidedBy,
            String decidedAt) {}

    @QueryMapping
    public Map<String, Object> match(@Argument String name, @Argument Integer first, GraphQLContext context) {
        return match(Callers.of(context), name, first);
    }

    Map<String, Object> match(Viewer viewer, String name, Integer first) {
        agency(viewer, "match");
        if (name == null || name.isBlank()) {
            throw new ApiException(ErrorCode.BAD_USER_INPUT, "name must not be empty", Map.of("field", "name"));
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new ApiException(
                    ErrorCode.BAD_USER_INPUT,
                    "name is longer than " + MAX_NAME_LENGTH + " characters",
                    Map.of("field", "name"));
        }
        int size = pageSize(first, PageRequest.DEFAULT_SIZE);
        List<MatchScore> all = matcher.match(name, PageRequest.MAX_SIZE);
        List<MatchScore> shown = all.subList(0, Math.min(size, all.size()));
        return connection(shown, all.size(), enterprisesOf(List.of(shown)));
    }

    @QueryMapping
    public List<Map<String, Object>> matchMany(
            @Argument List<String> names, @Argument Double threshold, @Argument Integer first, GraphQLContext context) {
        return matchMany(Callers.of(context), names, threshold, first, MatchBudget.names(context));
    }

    List<Map<String, Object>> matchMany(
            Viewer viewer, List<String> names, Double threshold, Integer first, int requestNames) {
        agency(viewer, "matchMany");
        if (names.size() > MatchBudget.MAX_NAMES) {
            // The request's budget refuses this before execution; a direct call gets the same answer.
            throw new ApiException(
                    ErrorCode.QUERY_TOO_COMPLEX,
                    "matchMany takes at most " + MatchBudget.MAX_NAMES + " names",
                    Map.of("budget", "names", "cost", names.size(), "limit", MatchBudget.MAX_NAMES));
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank()) {
                throw new ApiException(
                        ErrorCode.BAD_USER_INPUT, "names[" + i + "] is empty", Map.of("field", "names", "index", i));
            }
            if (name.length() > MAX_NAME_LENGTH) {
                throw new ApiException(
                        ErrorCode.BAD_USER_INPUT,
                        "names[" + i + "] is longer than " + MAX_NAME_LENGTH + " characters",
                        Map.of("field", "names", "index", i));
            }
        }
        double least = threshold == null ? ListingMatcher.DEFAULT_THRESHOLD : threshold;
        if (!(least >= 0.0 && least <= 1.0)) {
            throw new ApiException(
                    ErrorCode.BAD_USER_INPUT, "threshold must be between 0 and 1", Map.of("field", "threshold"));
        }
        int size = pageSize(first, MATCH_MANY_DEFAULT_SIZE);
        // A large screening takes the batch bulkhead and the batch timeout, as a large batch check does.
        List<ListingMatcher.Answer> answers =
                guard.batch(Math.max(names.size(), requestNames), () -> matcher.matchMany(names, least, size));
        Map<String, Enterprise> enterprises =
                enterprisesOf(answers.stream().map(ListingMatcher.Answer::shown).toList());
        return answers.stream()
                .map(a -> connection(a.shown(), a.total(), enterprises))
                .toList();
    }

    private static int pageSize(Integer first, int defaultSize) {
        int size = first == null ? defaultSize : first;
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw new ApiException(
                    ErrorCode.BAD_USER_INPUT,
                    "first must be between 1 and " + PageRequest.MAX_SIZE + ", got " + size,
                    Map.of("field", "first"));
        }
        return size;
    }

    /** The enterprises shown in several answers, in one query. */
    private Map<String, Enterprise> enterprisesOf(List<List<MatchScore>> answers) {
        Set<String> usccs = new HashSet<>();
        answers.forEach(scores -> scores.forEach(s -> usccs.add(s.candidate().uscc())));
        return usccs.isEmpty() ? Map.of() : store.enterprises(usccs);
    }

    private static Map<String, Object> connection(
            List<MatchScore> shown, int total, Map<String, Enterprise> enterprises) {
        List<MatchView> views = shown.stream()
                .filter(s -> enterprises.containsKey(s.candidate().uscc()))
                .map(s -> new MatchView(enterprises.get(s.candidate().uscc()), s.displayScore(), s.explanations()))
                .toList();
        List<Page.Edge<MatchView>> edges = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            edges.add(new Page.Edge<>(Cursor.encode(List.of(Integer.toString(i + 1))), views.get(i)));
        }
        Map<String, Object> connection = Connections.of(new Page<>(edges, total > shown.size(), total));
        connection.put("nodes", views);
        return connection;
    }

    @QueryMapping
    public Map<String, Object> matchCandidates(
            @Argument Integer first, @Argument String after, GraphQLContext context) {
        return matchCandidates(Callers.of(context), PageRequest.of(first, after));
    }

    Map<String, Object> matchCandidates(Viewer viewer, PageRequest request) {
        admin(viewer, "matchCandidates");
        String afterKey = request.after() == null
                ? null
                : Cursor.decode(request.after(), 1).getFirst();
        List<MatchStore.Review> reviews = store.reviewQueue(afterKey, request.first() + 1);
        List<MatchStore.Review> page = reviews.subList(0, Math.min(request.first(), reviews.size()));
        Set<String> usccs = new HashSet<>();
        page.forEach(r -> r.candidates().forEach(c -> usccs.add(c.uscc())));
        Map<String, Enterprise> enterprises = store.enterprises(usccs);
        List<Page.Edge<ReviewView>> edges = new ArrayList<>();
        for (MatchStore.Review r : page) {
            var l = r.listing();
            List<MatchView> candidates = r.candidates().stream()
                    .filter(c -> enterprises.containsKey(c.uscc()))
                    .map(c -> new MatchView(enterprises.get(c.uscc()), c.score(), c.explanations()))
                    .toList();
            edges.add(new Page.Edge<>(
                    Cursor.encode(List.of(l.key())),
                    new ReviewView(
                            l.key(),
                            l.list(),
                            l.subjectName(),
                            l.subjectNameZh(),
                            l.caseNumber(),
                            l.addresses(),
                            l.country(),
                            candidates)));
        }
        return Connections.of(new Page<>(edges, reviews.size() > page.size(), store.reviewQueueSize()));
    }

    @MutationMapping
    public DecisionView acceptMatch(@Argument String listingKey, @Argument String uscc, GraphQLContext context) {
        return decide(Callers.of(context), listingKey, uscc, true);
    }

    @MutationMapping
    public DecisionView rejectMatch(@Argument String listingKey, @Argument String uscc, GraphQLContext context) {
        return decide(Callers.of(context), listingKey, uscc, false);
    }

    DecisionView decide(Viewer viewer, String listingKey, String rawUscc, boolean accept) {
        admin(viewer, accept ? "acceptMatch" : "rejectMatch");
        if (listingKey == null || listingKey.isBlank()) {
            throw new ApiException(
                    ErrorCode.BAD_USER_INPUT, "listingKey must not be empty", Map.of("field", "listingKey"));
        }
        String uscc = Uscc.normalise(rawUscc);
        Uscc.Check check = Uscc.check(uscc);
        if (!check.wellFormed()) {
            throw new ApiException(ErrorCode.INVALID_USCC, check.problem().orElseThrow(), Map.of("field", "uscc"));
        }
        var listing = store.listing(listingKey)
                .orElseThrow(() -> notFound("no listing published without a code has key " + listingKey, "listingKey"));
        var enterprise = store.enterprise(uscc).orElseThrow(() -> notFound("no enterprise has USCC " + uscc, "uscc"));
        double score = matcher.score(listing, enterprise).displayScore();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        var decision = new MatchStore.Decision(listingKey, uscc, score, viewer.name(), now);
        if (accept) {
            store.accept(decision);
        } else {
            store.reject(decision);
        }
        ChangeDetector detector = changes.getIfAvailable();
        if (detector != null) {
            detector.afterCorrection(List.of(uscc));
        }
        return new DecisionView(
                listingKey,
                store.enterprises(List.of(uscc)).get(uscc),
                accept ? MatchStore.ACCEPTED : MatchStore.REJECTED,
                score,
                viewer.name(),
                now.toString());
    }

    private static void agency(Viewer viewer, String operation) {
        if (viewer.isPublic()) {
            throw new ApiException(
                    ErrorCode.FORBIDDEN,
                    operation + " is for AGENCY and ADMIN callers; anonymous callers can use search");
        }
    }

    private static void admin(Viewer viewer, String operation) {
        if (viewer.role() != Viewer.Role.ADMIN) {
            throw new ApiException(ErrorCode.FORBIDDEN, operation + " is for ADMIN callers");
        }
    }

    private static ApiException notFound(String message, String field) {
        // Contract §2 fixes the codes; a missing record is bad input, told apart by its reason.
        return new ApiException(ErrorCode.BAD_USER_INPUT, message, Map.of("reason", "NOT_FOUND", "field", field));
    }
}
