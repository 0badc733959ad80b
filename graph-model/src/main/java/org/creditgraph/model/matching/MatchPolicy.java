package org.creditgraph.model.matching;

import java.util.List;

/**
 * When a ranked candidate list links a listing by itself (issue 9): the best candidate scores at
 * least {@code autoLink} and beats the runner-up by {@code margin} log-odds points (e^1.5 ≈ 4.5
 * times the odds), so that two plausible firms go to a person. Candidates scoring at least
 * {@code review} go to the ADMIN review queue. A match through the Latin reading of a Chinese name
 * ({@link Transliteration}) never links by itself: pinyin has no tones and 佳博 and 家博 read alike.
 */
public record MatchPolicy(double autoLink, double review, double margin) {

    public static final MatchPolicy DEFAULT = new MatchPolicy(0.90, 0.30, 1.5);

    public enum Outcome {
        AUTO_LINK,
        REVIEW,
        NO_CANDIDATE
    }

    public MatchPolicy {
        if (!(autoLink > 0 && autoLink < 1) || !(review >= 0 && review <= autoLink) || margin < 0) {
            throw new IllegalArgumentException("need 0 < review <= autoLink < 1 and margin >= 0");
        }
    }

    public Outcome decide(List<MatchScore> ranked) {
        if (ranked.isEmpty() || ranked.getFirst().score() < review) {
            return Outcome.NO_CANDIDATE;
        }
        MatchScore best = ranked.getFirst();
        boolean clear = ranked.size() < 2 || best.logit() - ranked.get(1).logit() >= margin;
        boolean transliterated =
                best.features().stream().anyMatch(f -> f.code().equals(MatchScorer.TRANSLITERATED_CODE));
        return best.score() >= autoLink && clear && !transliterated ? Outcome.AUTO_LINK : Outcome.REVIEW;
    }

    public MatchPolicy withAutoLink(double threshold) {
        return new MatchPolicy(threshold, Math.min(review, threshold), margin);
    }
}
