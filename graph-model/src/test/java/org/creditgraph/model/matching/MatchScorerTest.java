package org.creditgraph.model.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9: scores explain themselves and separate near misses; none reaches 1.0. */
class MatchScorerTest {

    static final String LISTED = "JIANGXI HUAWEI CONSTRUCTION MATERIALS CO., LTD.(江西省华威建材有限公司)*470";
    static final List<String> ADDRESS = List.of("112 YUHU ROAD, NANCHANG COUNTY, NANCHANG CITY, JIANGXI PROVINCE");

    final MatchScorer scorer = new MatchScorer();
    final NameNormaliser normaliser = new NameNormaliser();

    MatchCandidate truth = new MatchCandidate("T", "江西华威建材有限责任公司", List.of(), "360121");
    MatchCandidate oneCharacter = new MatchCandidate("C", "江西省华为建材有限公司", List.of(), "360102");
    MatchCandidate otherRegion = new MatchCandidate("R", "湖南华威建材有限公司", List.of(), "430102");
    MatchCandidate otherForm = new MatchCandidate("F", "江西省华威建材股份有限公司", List.of(), "360102");
    MatchCandidate renamed = new MatchCandidate("N", "江西远景新材料有限公司", List.of("江西省华威建材有限公司"), "360121");

    List<MatchScore> rank(MatchCandidate... candidates) {
        return scorer.rank(normaliser.normalise(LISTED), ADDRESS, List.of(candidates));
    }

    @Test
    void theListedFirmRanksFirstAndEachNearMissScoresLower() {
        List<MatchScore> ranked = rank(otherForm, oneCharacter, truth, otherRegion);
        assertThat(ranked).extracting(s -> s.candidate().uscc()).first().isEqualTo("T");
        assertThat(ranked.getFirst().score()).isGreaterThan(0.99).isLessThan(1.0);
        assertThat(ranked.getFirst().displayScore()).isLessThan(1.0);
        for (MatchScore nearMiss : ranked.subList(1, ranked.size())) {
            assertThat(nearMiss.score()).isLessThan(MatchPolicy.DEFAULT.autoLink());
        }
        assertThat(ranked).extracting(MatchScore::score).doesNotHaveDuplicates();
    }

    @Test
    void twoDifferentNearNamesDoNotBothScoreOne() {
        MatchScore a = rank(truth).getFirst();
        MatchScore b = rank(oneCharacter).getFirst();
        assertThat(a.score()).isLessThan(1.0);
        assertThat(b.score()).isLessThan(a.score() - 0.3);
    }

    @Test
    void explanationsNameEveryFeature() {
        MatchScore best = rank(truth).getFirst();
        assertThat(best.explanations())
                .anySatisfy(e -> assertThat(e).startsWith("CORE_EXACT +2.50"))
                .anySatisfy(e -> assertThat(e).contains("region 江西 agrees"))
                .anySatisfy(e -> assertThat(e).contains("same company form LIMITED"))
                .anySatisfy(e -> assertThat(e).contains("listed address in"));
        double sum =
                best.features().stream().mapToDouble(MatchScore.Feature::points).sum();
        assertThat(best.logit()).isEqualTo(sum);
        assertThat(rank(otherRegion).getFirst().explanations())
                .anySatisfy(e -> assertThat(e).startsWith("REGION -3.00"));
        assertThat(rank(otherForm).getFirst().explanations())
                .anySatisfy(e -> assertThat(e).contains("LIMITED vs JOINT_STOCK"));
        assertThat(rank(oneCharacter).getFirst().explanations())
                .anySatisfy(e -> assertThat(e).startsWith("ONE_CHARACTER"));
    }

    @Test
    void formerNameMatchesSlightlyBelowTheCurrentName() {
        MatchScore viaFormer = rank(renamed).getFirst();
        assertThat(viaFormer.explanations()).anySatisfy(e -> assertThat(e).contains("曾用名"));
        assertThat(viaFormer.score()).isGreaterThan(MatchPolicy.DEFAULT.autoLink());
        assertThat(viaFormer.logit()).isLessThan(rank(truth).getFirst().logit());
    }

    @Test
    void aPublishedUsccDecides() {
        var n = normaliser.normalise("SHANDONG CO., LTD.(山东省建设集团天津投资有限公司)(Reg. No.: 91120116697425737E)");
        var e = new MatchCandidate("91120116697425737E", "天津某某投资有限公司", List.of(), "120116");
        MatchScore s = scorer.rank(n, List.of(), List.of(e)).getFirst();
        assertThat(s.score()).isGreaterThan(0.99);
        assertThat(s.explanations()).anySatisfy(x -> assertThat(x).startsWith("PUBLISHED_USCC"));
    }

    @Test
    void policyLinksOnlyAClearBestAboveTheThreshold() {
        assertThat(MatchPolicy.DEFAULT.decide(rank(truth, oneCharacter))).isEqualTo(MatchPolicy.Outcome.AUTO_LINK);
        assertThat(MatchPolicy.DEFAULT.decide(rank(otherForm))).isEqualTo(MatchPolicy.Outcome.REVIEW);
        MatchCandidate twin = new MatchCandidate("T2", "江西华威建材有限公司", List.of(), "360121");
        assertThat(MatchPolicy.DEFAULT.decide(rank(truth, twin))).isEqualTo(MatchPolicy.Outcome.REVIEW);
        assertThat(MatchPolicy.DEFAULT.decide(List.of())).isEqualTo(MatchPolicy.Outcome.NO_CANDIDATE);
    }
}
