package org.creditgraph.model.matching;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.creditgraph.model.store.MatchStore;
import org.creditgraph.model.store.MatchStore.CandidateQuery;
import org.creditgraph.model.store.MatchStore.Decision;
import org.creditgraph.model.store.MatchStore.Stored;
import org.creditgraph.model.store.MatchStore.Unlinked;

/**
 * Entity matching (issue 9): fetch candidates from the full-text index, score them in plain Java
 * ({@link MatchScorer}), then link, queue for review or leave alone ({@link MatchPolicy}). A run
 * first restores the links of accepted decisions (a reload may have removed them) and never links
 * a pair a reviewer rejected.
 */
public final class ListingMatcher {

    /** Who made an automatic link, in {@code decidedBy}. */
    public static final String AUTO_LINK = "auto-link";

    static final int CANDIDATES_PER_NAME = 30;
    static final int REVIEW_CANDIDATES = 5;
    private static final int BATCH = 200;
    private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-&|!(){}\\[\\]^\"~*?:\\\\/])");

    /** What a run did. */
    public record Summary(int listings, int linked, int queued, int withoutCandidate, long restored) {

        public String line() {
            return "listings without subject " + listings + ": linked " + linked + ", for review " + queued
                    + ", no candidate " + withoutCandidate + "; accepted links restored " + restored;
        }
    }

    private final MatchStore store;
    private final NameNormaliser normaliser;
    private final MatchScorer scorer;
    private final Clock clock;

    public ListingMatcher(MatchStore store, Clock clock) {
        this.store = store;
        this.normaliser = new NameNormaliser();
        this.scorer = new MatchScorer(normaliser, Regions.standard());
        this.clock = clock;
    }

    /** The {@code match} query: enterprises for a name, best first, at most {@code first}. */
    public List<MatchScore> match(String name, int first) {
        NormalisedName normalised = normaliser.normalise(name);
        if (normalised.isEmpty()) {
            return List.of();
        }
        var candidates = store.candidates(List.of(query("q", normalised)), CANDIDATES_PER_NAME)
                .getOrDefault("q", List.of());
        List<MatchScore> ranked = scorer.rank(normalised, List.of(), candidates);
        return ranked.subList(0, Math.min(first, ranked.size()));
    }

    /** The score of one pair, for a reviewer's decision. */
    public MatchScore score(Unlinked listing, MatchCandidate enterprise) {
        List<MatchScore> ranked =
                scorer.rank(normaliser.normalise(listing.nameToMatch()), listing.addresses(), List.of(enterprise));
        return ranked.isEmpty()
                ? new MatchScore(enterprise, Double.NEGATIVE_INFINITY, 0.0, List.of())
                : ranked.getFirst();
    }

    /** The candidates of one listing, best first (before policy and decisions): for measuring quality. */
    public List<MatchScore> rank(Unlinked listing) {
        NormalisedName n = normaliser.normalise(listing.nameToMatch());
        var candidates = store.candidates(List.of(query(listing.key(), n)), CANDIDATES_PER_NAME)
                .getOrDefault(listing.key(), List.of());
        return scorer.rank(n, listing.addresses(), candidates);
    }

    /** Matches every listing without a subject; links, queues for review or leaves each one. */
    public Summary matchUnlinked(MatchPolicy policy) {
        long restored = store.restoreAccepted();
        List<Unlinked> listings = store.unlinked();
        int linked = 0;
        int queued = 0;
        int none = 0;
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int from = 0; from < listings.size(); from += BATCH) {
            List<Unlinked> batch = listings.subList(from, Math.min(listings.size(), from + BATCH));
            Map<String, NormalisedName> names = new HashMap<>();
            List<CandidateQuery> queries = new ArrayList<>();
            for (Unlinked l : batch) {
                NormalisedName n = normaliser.normalise(l.nameToMatch());
                names.put(l.key(), n);
                queries.add(query(l.key(), n));
            }
            var candidates = store.candidates(queries, CANDIDATES_PER_NAME);
            var rejected = store.rejected(batch.stream().map(Unlinked::key).toList());
            List<Decision> links = new ArrayList<>();
            Map<String, List<Stored>> reviews = new HashMap<>();
            for (Unlinked l : batch) {
                Set<String> no = rejected.getOrDefault(l.key(), Set.of());
                List<MatchScore> ranked =
                        scorer
                                .rank(names.get(l.key()), l.addresses(), candidates.getOrDefault(l.key(), List.of()))
                                .stream()
                                .filter(s -> !no.contains(s.candidate().uscc()))
                                .toList();
                switch (policy.decide(ranked)) {
                    case AUTO_LINK -> {
                        MatchScore best = ranked.getFirst();
                        links.add(new Decision(l.key(), best.candidate().uscc(), best.displayScore(), AUTO_LINK, now));
                        linked++;
                    }
                    case REVIEW -> {
                        reviews.put(
                                l.key(),
                                ranked.stream()
                                        .filter(s -> s.score() >= policy.review())
                                        .limit(REVIEW_CANDIDATES)
                                        .map(s -> new Stored(
                                                s.candidate().uscc(),
                                                s.candidate().name(),
                                                s.displayScore(),
                                                s.explanations()))
                                        .toList());
                        queued++;
                    }
                    case NO_CANDIDATE -> {
                        reviews.put(l.key(), List.of());
                        none++;
                    }
                }
            }
            store.link(links);
            store.saveReview(reviews);
        }
        return new Summary(listings.size(), linked, queued, none, restored);
    }

    /**
     * The full-text query for a name: its core names (字号 and trade words, without region and form,
     * which every other firm shares) as OR-ed terms the CJK analyzer splits into bigrams, lower-cased
     * so that English words never read as Lucene operators.
     */
    static CandidateQuery query(String id, NormalisedName name) {
        Set<String> terms = new LinkedHashSet<>();
        for (NormalisedName.Chinese c : name.chinese()) {
            terms.add(c.core().length() >= 2 ? c.core() : c.full());
        }
        name.english().ifPresent(e -> terms.add(e.core().isBlank() ? e.full() : e.core()));
        List<String> escaped = new ArrayList<>();
        for (String t : terms) {
            String clean = LUCENE_SPECIAL
                    .matcher(t.toLowerCase(Locale.ROOT))
                    .replaceAll(" ")
                    .strip();
            if (!clean.isEmpty()) {
                escaped.add(clean);
            }
        }
        return new CandidateQuery(id, String.join(" ", escaped), name.uscc().orElse(null));
    }
}
