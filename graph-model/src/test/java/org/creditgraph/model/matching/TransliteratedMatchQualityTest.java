package org.creditgraph.model.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of matching English or pinyin names with Chinese enterprise names, on the
 * hand-labelled set {@code matching/transliteration-pairs.tsv}: every Chinese name of the set is a
 * candidate for every English name; the best candidate at or above the screening threshold is the
 * answer. Without transliteration no English name is ever compared with a Chinese one, so recall
 * would be 0 and both floors fail. docs/matching.md reports the figures printed here.
 */
class TransliteratedMatchQualityTest {

    static final double PRECISION_FLOOR = 0.85;
    static final double RECALL_FLOOR = 0.80;

    record Pair(String english, String chinese, String regionCode, boolean same) {}

    /** Counts of one run: answers, correct answers, names that have a true enterprise. */
    record Quality(int answered, int correct, int withTruth, List<String> misses) {

        double precision() {
            return answered == 0 ? 0 : (double) correct / answered;
        }

        double recall() {
            return withTruth == 0 ? 0 : (double) correct / withTruth;
        }
    }

    static List<Pair> pairs() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (InputStream in =
                TransliteratedMatchQualityTest.class.getResourceAsStream("/matching/transliteration-pairs.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                pairs.add(new Pair(f[0], f[1], f[2], f[3].strip().equals("same")));
            }
        }
        return pairs;
    }

    static Quality measure(List<Pair> pairs, double threshold) {
        MatchScorer scorer = new MatchScorer();
        NameNormaliser normaliser = new NameNormaliser();
        Map<String, MatchCandidate> pool = new LinkedHashMap<>();
        for (Pair p : pairs) {
            pool.putIfAbsent(
                    p.chinese(), new MatchCandidate("E" + pool.size(), p.chinese(), List.of(), p.regionCode()));
        }
        int answered = 0;
        int correct = 0;
        int withTruth = 0;
        List<String> misses = new ArrayList<>();
        for (Pair p : pairs) {
            String truth = p.same() ? pool.get(p.chinese()).uscc() : null;
            List<MatchScore> ranked = scorer.rank(normaliser.normalise(p.english()), List.of(), pool.values());
            MatchScore best = ranked.isEmpty() || ranked.getFirst().score() < threshold ? null : ranked.getFirst();
            if (truth != null) {
                withTruth++;
            }
            if (best != null) {
                answered++;
            }
            if (best != null && best.candidate().uscc().equals(truth)) {
                correct++;
            } else if (best != null || truth != null) {
                misses.add(String.format(
                        Locale.ROOT,
                        "%s -> %s (%s)",
                        p.english(),
                        best == null ? "nothing" : best.candidate().name() + " " + best.displayScore(),
                        truth == null ? "should hit nothing" : "should hit " + p.chinese()));
            }
        }
        return new Quality(answered, correct, withTruth, misses);
    }

    @Test
    void englishNamesFindTheirChineseEnterprisesAndNotTheirNeighbours() throws IOException {
        List<Pair> pairs = pairs();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(40);
        Quality q = measure(pairs, ListingMatcher.DEFAULT_THRESHOLD);
        System.out.printf(
                Locale.ROOT,
                "hand-labelled set: %d names (%d with a true enterprise), threshold %.2f: answered %d, correct %d,"
                        + " precision %.3f, recall %.3f%n",
                pairs.size(),
                q.withTruth(),
                ListingMatcher.DEFAULT_THRESHOLD,
                q.answered(),
                q.correct(),
                q.precision(),
                q.recall());
        q.misses().forEach(m -> System.out.println("  miss: " + m));
        assertThat(q.precision()).as(q.misses().toString()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(q.recall()).as(q.misses().toString()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }
}
