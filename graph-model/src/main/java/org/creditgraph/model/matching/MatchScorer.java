package org.creditgraph.model.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.creditgraph.model.matching.MatchScore.Feature;
import org.creditgraph.model.matching.Regions.Region;

/**
 * Scores how likely an enterprise is the subject of a published name (issue 9), as a sum of
 * explained features in log-odds points turned into a probability-like score by the logistic
 * function. The formula (README, "Entity matching"):
 *
 * <pre>
 *   logit = PRIOR (-7)
 *         + CORE_SIMILARITY   6 × Jaro-Winkler(core names)          0 .. +6
 *         + CORE_EXACT        +2.5 same core | -1.5 one character differs
 *         + SAME_NAME         +1   same core, form and 集团, regions not in conflict
 *         + REGION            +1.5 name regions agree | -3 differ
 *         + FORM              +0.5 same form | -2.5 有限 vs 股份 or a branch | -2.5 集团 on one side only
 *         + ADDRESS           +1   listed address in the enterprise's region | -1.5 elsewhere
 *         + FORMER_NAME       -0.25 when the best comparison used a former name (曾用名)
 *         + PUBLISHED_USCC    +12  the publisher printed this enterprise's USCC with the name
 *                              (the name's negative features are then dropped)
 *         + TRANSLITERATED    -1   an English or pinyin name compared with the Latin reading of a
 *                              Chinese name ({@link Transliteration}): pinyin has no tones
 *   score = 1 / (1 + e^-logit)
 * </pre>
 *
 * Every feature is bounded, so the logit is bounded and the score stays below 1.0: an exact match
 * on everything scores 0.9959 (0.9985 with an agreeing address) and each near miss (one character,
 * another region, another form) loses points of its own, so two different near names never tie at
 * the top. One character is a different firm more often than a typo in Chinese trade names (字号),
 * hence the penalty on top of the similarity.
 */
public final class MatchScorer {

    static final double PRIOR = -7.0;
    static final double CORE_SIMILARITY = 6.0;
    static final double CORE_EXACT = 2.5;
    static final double ONE_CHARACTER = -1.5;
    static final double SAME_NAME = 1.0;
    static final double REGION_AGREES = 1.5;
    static final double REGION_DIFFERS = -3.0;
    static final double FORM_AGREES = 0.5;
    static final double FORM_DIFFERS = -2.5;
    static final double GROUP_DIFFERS = -2.5;
    static final double ADDRESS_AGREES = 1.0;
    static final double ADDRESS_DIFFERS = -1.5;
    static final double FORMER_NAME = -0.25;
    static final double PUBLISHED_USCC = 12.0;
    static final double TRANSLITERATED = -1.0;
    static final String TRANSLITERATED_CODE = "TRANSLITERATED";

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance();

    private final NameNormaliser normaliser;
    private final Regions regions;
    private final Transliteration transliteration;

    public MatchScorer() {
        this(new NameNormaliser(), Regions.standard());
    }

    public MatchScorer(NameNormaliser normaliser, Regions regions) {
        this(normaliser, regions, Transliteration.standard());
    }

    public MatchScorer(NameNormaliser normaliser, Regions regions, Transliteration transliteration) {
        this.normaliser = normaliser;
        this.regions = regions;
        this.transliteration = transliteration;
    }

    /** Scores each candidate for the name (and the addresses published with it), best first. */
    public List<MatchScore> rank(
            NormalisedName name, Collection<String> addresses, Collection<MatchCandidate> candidates) {
        Set<Region> addressRegions = new java.util.LinkedHashSet<>();
        for (String address : addresses) {
            addressRegions.addAll(regions.inAddress(address));
        }
        List<MatchScore> scores = new ArrayList<>();
        for (MatchCandidate c : candidates) {
            score(name, addressRegions, c).ifPresent(scores::add);
        }
        scores.sort(Comparator.comparingDouble(MatchScore::logit).reversed().thenComparing(s -> s.candidate()
                .uscc()));
        return scores;
    }

    /** The best comparison of any form of the name with the enterprise's name or a former name. */
    Optional<MatchScore> score(NormalisedName name, Set<Region> addressRegions, MatchCandidate candidate) {
        List<Parts> queries = parts(name);
        if (queries.isEmpty()) {
            return Optional.empty();
        }
        // A name published with its Chinese form is compared in Chinese only; an English or pinyin
        // name alone is also compared with the Latin reading of the enterprise's Chinese names.
        Optional<Parts> latin = name.chinese().isEmpty()
                ? name.english()
                        .map(e -> new Parts(
                                e.full(),
                                String.join("", transliteration.english(e.core())),
                                e.region(),
                                e.form(),
                                e.group(),
                                false))
                : Optional.empty();
        List<Feature> best = null;
        double bestLogit = Double.NEGATIVE_INFINITY;
        List<String> names = new ArrayList<>();
        names.add(candidate.name());
        names.addAll(candidate.formerNames());
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null || names.get(i).isBlank()) {
                continue;
            }
            for (Parts theirs : parts(normaliser.normalise(names.get(i)))) {
                String formerName = i == 0 ? null : names.get(i);
                for (Parts ours : queries) {
                    if (ours.chinese() != theirs.chinese()) {
                        continue;
                    }
                    List<Feature> features = compare(ours, theirs, addressRegions, candidate, formerName);
                    double logit = sum(features);
                    if (logit > bestLogit) {
                        bestLogit = logit;
                        best = features;
                    }
                }
                if (latin.isPresent() && theirs.chinese()) {
                    List<String> reading = transliteration.reading(theirs.core());
                    Parts read = new Parts(
                            theirs.label(),
                            String.join("", reading),
                            theirs.region(),
                            theirs.form(),
                            theirs.group(),
                            false);
                    List<Feature> features = compare(latin.get(), read, addressRegions, candidate, formerName);
                    features.add(new Feature(
                            TRANSLITERATED_CODE,
                            TRANSLITERATED,
                            theirs.core() + " read as " + String.join(" ", reading)
                                    + " (Han→Latin and trade words); pinyin has no tones, so homophones read alike"));
                    double logit = sum(features);
                    if (logit > bestLogit) {
                        bestLogit = logit;
                        best = features;
                    }
                }
            }
        }
        if (name.uscc().isPresent() && name.uscc().get().equals(candidate.uscc())) {
            // A code printed by the publisher outweighs any spelling of the name: the name's
            // disagreements are dropped, its agreements kept as further explanation.
            best = best == null
                    ? new ArrayList<>(List.of(prior()))
                    : new ArrayList<>(best.stream()
                            .filter(f -> f.points() > 0 || f.code().equals("PRIOR"))
                            .toList());
            best.add(new Feature(
                    "PUBLISHED_USCC",
                    PUBLISHED_USCC,
                    "the published name carries this enterprise's USCC " + candidate.uscc()));
            bestLogit = sum(best);
        }
        if (best == null) {
            return Optional.empty();
        }
        List<Feature> sorted = new ArrayList<>(best);
        sorted.sort(
                Comparator.comparingDouble((Feature f) -> Math.abs(f.points())).reversed());
        return Optional.of(
                new MatchScore(candidate, bestLogit, 1.0 / (1.0 + Math.exp(-bestLogit)), List.copyOf(sorted)));
    }

    private List<Feature> compare(
            Parts ours, Parts theirs, Set<Region> addressRegions, MatchCandidate candidate, String formerName) {
        List<Feature> f = new ArrayList<>();
        f.add(prior());
        double similarity =
                ours.core().isEmpty() || theirs.core().isEmpty() ? 0.0 : JARO_WINKLER.apply(ours.core(), theirs.core());
        f.add(new Feature(
                "CORE_SIMILARITY",
                CORE_SIMILARITY * similarity,
                String.format(
                        Locale.ROOT, "core name %s vs %s: Jaro-Winkler %.3f", ours.core(), theirs.core(), similarity)));
        int distance = LEVENSHTEIN.apply(ours.core(), theirs.core());
        if (distance == 0) {
            f.add(new Feature("CORE_EXACT", CORE_EXACT, "same core name " + ours.core()));
        } else if (distance == 1) {
            f.add(new Feature(
                    "ONE_CHARACTER",
                    ONE_CHARACTER,
                    "core names differ in one character: often another firm, rarely a typo"));
        }
        Optional<Region> ourRegion = ours.region();
        Optional<Region> theirRegion =
                candidate.regionCode() == null || candidate.regionCode().isBlank()
                        ? theirs.region()
                        : regions.ofCode(candidate.regionCode()).or(theirs::region);
        String theirRegionCode =
                candidate.regionCode() == null || candidate.regionCode().isBlank()
                        ? theirRegion.map(Region::code).orElse(null)
                        : candidate.regionCode();
        Boolean regionAgrees = ourRegion.isPresent() && theirRegionCode != null
                ? Regions.compatible(ourRegion.get().code(), theirRegionCode)
                : null;
        if (Boolean.TRUE.equals(regionAgrees)) {
            f.add(new Feature(
                    "REGION",
                    REGION_AGREES,
                    "region " + ourRegion.get().shortName() + " agrees with "
                            + describe(theirRegion, theirRegionCode)));
        } else if (Boolean.FALSE.equals(regionAgrees)) {
            f.add(new Feature(
                    "REGION",
                    REGION_DIFFERS,
                    "region " + ourRegion.get().shortName() + " differs from "
                            + describe(theirRegion, theirRegionCode)));
        }
        boolean formsKnown = ours.form() != CompanyForm.UNKNOWN && theirs.form() != CompanyForm.UNKNOWN;
        boolean formsConflict = formsKnown
                && ours.form() != theirs.form()
                && (ours.form() == CompanyForm.BRANCH
                        || theirs.form() == CompanyForm.BRANCH
                        || (ours.form() != CompanyForm.COMPANY && theirs.form() != CompanyForm.COMPANY));
        if (formsKnown && ours.form() == theirs.form()) {
            f.add(new Feature("FORM", FORM_AGREES, "same company form " + ours.form()));
        } else if (formsConflict) {
            f.add(new Feature("FORM", FORM_DIFFERS, "company form " + ours.form() + " vs " + theirs.form()));
        }
        if (ours.group() != theirs.group()) {
            f.add(new Feature("GROUP", GROUP_DIFFERS, "集团 (group) in one name only"));
        }
        if (distance == 0 && !formsConflict && ours.group() == theirs.group() && !Boolean.FALSE.equals(regionAgrees)) {
            f.add(new Feature(
                    "SAME_NAME", SAME_NAME, "same name apart from spelling: " + ours.label() + " / " + theirs.label()));
        }
        if (!addressRegions.isEmpty() && theirRegionCode != null) {
            Optional<Region> agreeing = addressRegions.stream()
                    .filter(r -> Regions.compatible(r.code(), theirRegionCode))
                    .findFirst();
            if (agreeing.isPresent()) {
                f.add(new Feature(
                        "ADDRESS",
                        ADDRESS_AGREES,
                        "listed address in " + agreeing.get().shortName() + ", the enterprise's region"));
            } else {
                f.add(new Feature(
                        "ADDRESS",
                        ADDRESS_DIFFERS,
                        "listed address in " + addressRegions.iterator().next().shortName() + ", not in "
                                + describe(theirRegion, theirRegionCode)));
            }
        }
        if (formerName != null) {
            f.add(new Feature("FORMER_NAME", FORMER_NAME, "matched the former name (曾用名) " + formerName));
        }
        return f;
    }

    private static Feature prior() {
        return new Feature("PRIOR", PRIOR, "prior: a candidate is rarely the listed firm");
    }

    private static String describe(Optional<Region> region, String code) {
        return region.map(Region::shortName).orElse("region") + " (" + code + ")";
    }

    private static double sum(List<Feature> features) {
        return features.stream().mapToDouble(Feature::points).sum();
    }

    /** One comparable form of a name: Chinese or English, never compared across scripts. */
    record Parts(
            String label, String core, Optional<Region> region, CompanyForm form, boolean group, boolean chinese) {}

    static List<Parts> parts(NormalisedName name) {
        List<Parts> parts = new ArrayList<>();
        for (NormalisedName.Chinese c : name.chinese()) {
            parts.add(new Parts(c.full(), c.core(), c.region(), c.form(), c.group(), true));
        }
        name.english().ifPresent(e -> parts.add(new Parts(e.full(), e.core(), e.region(), e.form(), e.group(), false)));
        return parts;
    }
}
