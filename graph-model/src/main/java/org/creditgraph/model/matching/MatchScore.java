package org.creditgraph.model.matching;

import java.util.List;

/**
 * The score of one candidate for one name, with the features that produced it. {@code logit} is
 * the sum of the features' points; {@code score} = 1 / (1 + e^-logit), in (0, 1), never 1.0.
 */
public record MatchScore(MatchCandidate candidate, double logit, double score, List<Feature> features) {

    /** One feature: a code, its points (log-odds) and a sentence saying why. */
    public record Feature(String code, double points, String explanation) {

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s %+.2f: %s", code, points, explanation);
        }
    }

    /** The features as sentences, strongest effect first, for callers and reviewers. */
    public List<String> explanations() {
        return features.stream().map(Feature::toString).toList();
    }

    /** The score shown to callers: 4 decimals, rounded down so that it never reads 1.0. */
    public double displayScore() {
        return Math.floor(score * 10_000) / 10_000;
    }
}
