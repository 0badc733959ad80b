package org.creditgraph.model.matching;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /** The least score {@code matchMany} answers with when the caller gives no threshold. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    static final int CANDIDATES_PER_NAME = 30;
    static final int CROSS_SCRIPT_CANDIDATES = 100;
    static final int REVIEW_CANDIDATES = 5;
    private static final int BATCH = 200;
    /** Full-text searches per round trip: each round trip stays well inside a read's timeout. */
    private static final int SEARCHES_PER_QUERY = 50;

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

    /** The candidates of one name shown to a caller: the best {@code first}, and how many scored. */
    public record Answer(List<MatchScore> shown, int total) {}

    /** The {@code match} query: enterprises for a name, best first, at most {@code first}. */
    public List<MatchScore> match(String name, int first) {
        return matchMany(List.of(name), 0.0, first).getFirst().shown();
    }

    /**
     * The {@code matchMany} query: for each name, in order, the enterprises scoring at least
     * {@code threshold}, best first, at most {@code first}; candidates are fetched for 50 distinct names per
     * round trip.
     */
    public List<Answer> matchMany(List<String> names, double threshold, int first) {
        Map<String, NormalisedName> normalised = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            NormalisedName n = normaliser.normalise(names.get(i));
            if (!n.isEmpty()) {
                normalised.put(Integer.toString(i), n);
            }
        }
        Map<String, List<MatchCandidate>> candidates = candidates(normalised);
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String id = Integer.toString(i);
            NormalisedName n = normalised.get(id);
            List<MatchScore> ranked = n == null
                    ? List.of()
                    : scorer.rank(n, List.of(), candidates.getOrDefault(id, List.of())).stream()
                            .filter(s -> s.score() >= threshold)
                            .toList();
            answers.add(new Answer(ranked.subList(0, Math.min(first, ranked.size())), ranked.size()));
        }
        return answers;
    }

    /**
     * Candidates per name id: a name with a Chinese form gets the best {@link #CANDIDATES_PER_NAME}
     * hits of its core; an English or pinyin name alone is searched by the Chinese spellings of its
     * trade words and region, which many firms share, so it gets {@link #CROSS_SCRIPT_CANDIDATES}.
     */
    private Map<String, List<MatchCandidate>> candidates(Map<String, NormalisedName> names) {
        // One search per distinct query: a portfolio often names a firm more than once.
        Map<CandidateQuery, List<String>> idsOf = new LinkedHashMap<>();
        List<CandidateQuery> sameScript = new ArrayList<>();
        List<CandidateQuery> crossScript = new ArrayList<>();
        names.forEach((id, n) -> {
            CandidateQuery q = query("", n);
            List<String> ids = idsOf.computeIfAbsent(q, k -> new ArrayList<>());
            if (ids.isEmpty()) {
                (n.chinese().isEmpty() ? crossScript : sameScript)
                        .add(new CandidateQuery(Integer.toString(idsOf.size() - 1), q.lucene(), q.uscc()));
            }
            ids.add(id);
        });
        List<List<String>> idsByQuery = new ArrayList<>(idsOf.values());
        Map<String, List<MatchCandidate>> found = new HashMap<>();
        for (var group :
                List.of(Map.entry(sameScript, CANDIDATES_PER_NAME), Map.entry(crossScript, CROSS_SCRIPT_CANDIDATES))) {
            List<CandidateQuery> queries = group.getKey();
            for (int from = 0; from < queries.size(); from += SEARCHES_PER_QUERY) {
                store.candidates(
                                queries.subList(from, Math.min(queries.size(), from + SEARCHES_PER_QUERY)),
                                group.getValue())
                        .forEach((q, candidates) ->
                                idsByQuery.get(Integer.parseInt(q)).forEach(id -> found.put(id, candidates)));
            }
        }
        return found;
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
        var candidates = candidates(Map.of(listing.key(), n)).getOrDefault(listing.key(), List.of());
        return scorer.rank(n, listing.addresses(), candidates);
    }

    /** Matches every listing without a subject; links, queues for review or leaves each one. */
    public Summary matchUnlinked(MatchPolicy policy) {
        return matchUnlinked(policy, Optional.empty());
    }

    /**
     * Matches the listings without a subject that load run {@code loadRun} wrote (every one when
     * empty): a load matches what it touched, not every listing an earlier load left unlinked.
     */
    public Summary matchUnlinked(MatchPolicy policy, Optional<String> loadRun) {
        long restored = store.restoreAccepted();
        List<Unlinked> listings = store.unlinked(loadRun);
        int linked = 0;
        int queued = 0;
        int none = 0;
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int from = 0; from < listings.size(); from += BATCH) {
            List<Unlinked> batch = listings.subList(from, Math.min(listings.size(), from + BATCH));
            Map<String, NormalisedName> names = new HashMap<>();
            for (Unlinked l : batch) {
                names.put(l.key(), normaliser.normalise(l.nameToMatch()));
            }
            var candidates = candidates(names);
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
        if (name.chinese().isEmpty() && name.english().isPresent()) {
            // An English or pinyin name finds Chinese names through its trade words and region.
            NormalisedName.English e = name.english().get();
            terms.addAll(Transliteration.standard().chineseTerms(e.core()));
            e.region().ifPresent(r -> terms.add(r.shortName()));
            if (e.group()) {
                terms.add(CompanyForm.GROUP_ZH);
            }
        }
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
