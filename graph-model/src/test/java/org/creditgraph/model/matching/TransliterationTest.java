package org.creditgraph.model.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Han→Latin readings of Chinese names and the trade words of matching/trade-words.csv. Pure. */
class TransliterationTest {

    final Transliteration transliteration = Transliteration.standard();
    final MatchScorer scorer = new MatchScorer();
    final NameNormaliser normaliser = new NameNormaliser();

    @Test
    void hanBecomesTonelessUpperCasePinyin() {
        assertThat(transliteration.pinyin("兰州佳博")).isEqualTo("LAN ZHOU JIA BO");
        assertThat(transliteration.pinyin("绿化")).isEqualTo("LU HUA");
        assertThat(transliteration.pinyin("ABC")).isEqualTo("ABC");
    }

    @Test
    void tradeWordsAreReadInEnglishAndTheRestInPinyin() {
        assertThat(transliteration.reading("佳博化学")).isEqualTo(List.of("JIABO", "CHEMICAL"));
        assertThat(transliteration.reading("佳博化工")).isEqualTo(List.of("JIABO", "CHEMICAL"));
        assertThat(transliteration.reading("恒剑路桥工程")).isEqualTo(List.of("HENGJIAN", "ROADBRIDGE", "ENGINEERING"));
        assertThat(transliteration.reading("华龙园林工程")).isEqualTo(List.of("HUALONG", "LANDSCAPING", "ENGINEERING"));
    }

    @Test
    void englishSynonymsAndPinyinTradeWordsReadAsTheSameWord() {
        assertThat(transliteration.english("JIABO CHEMICALS")).isEqualTo(List.of("JIABO", "CHEMICAL"));
        assertThat(transliteration.english("JIABO HUAGONG")).isEqualTo(List.of("JIABO", "CHEMICAL"));
        assertThat(transliteration.english("HENGJIAN ROAD AND BRIDGE ENGINEERING"))
                .isEqualTo(List.of("HENGJIAN", "ROADBRIDGE", "ENGINEERING"));
        assertThat(transliteration.english("HUALONG HORTICULTURE PROJECT"))
                .isEqualTo(List.of("HUALONG", "LANDSCAPING", "ENGINEERING"));
    }

    @Test
    void chineseSearchTermsOfAnEnglishNameComeFromTradeWords() {
        assertThat(transliteration.chineseTerms("JIABO CHEMICAL")).contains("化学", "化工");
        assertThat(transliteration.chineseTerms("HUAWEI CONSTRUCTION MATERIALS"))
                .contains("建材");
        assertThat(transliteration.chineseTerms("JIABO")).isEmpty();
    }

    @Test
    void anEnglishNameMatchesItsChineseEnterpriseAndExplainsTheReading() {
        MatchCandidate truth = new MatchCandidate("T", "兰州佳博化学有限公司", List.of(), "620102");
        MatchCandidate other = new MatchCandidate("O", "兰州佳和化学有限公司", List.of(), "620102");
        List<MatchScore> ranked =
                scorer.rank(normaliser.normalise("Lanzhou Jiabo Chemical Co., Ltd."), List.of(), List.of(other, truth));
        assertThat(ranked).extracting(s -> s.candidate().uscc()).containsExactly("T", "O");
        assertThat(ranked.getFirst().score()).isGreaterThan(0.9).isLessThan(1.0);
        assertThat(ranked.get(1).score()).isLessThan(0.5);
        assertThat(ranked.getFirst().explanations())
                .anySatisfy(e -> assertThat(e).startsWith("TRANSLITERATED").contains("佳博化学", "JIABO CHEMICAL"))
                .anySatisfy(e -> assertThat(e).contains("region 兰州 agrees"));
    }

    @Test
    void aTransliteratedMatchNeverLinksByItself() {
        MatchCandidate truth = new MatchCandidate("T", "兰州佳博化学有限公司", List.of(), "620102");
        List<MatchScore> ranked =
                scorer.rank(normaliser.normalise("LANZHOU JIABO CHEMICAL CO., LTD."), List.of(), List.of(truth));
        assertThat(ranked.getFirst().score()).isGreaterThan(MatchPolicy.DEFAULT.autoLink());
        assertThat(MatchPolicy.DEFAULT.decide(ranked)).isEqualTo(MatchPolicy.Outcome.REVIEW);
    }

    @Test
    void aNameWithItsChineseFormIsComparedInChineseOnly() {
        MatchCandidate homophone = new MatchCandidate("H", "兰州家博化学有限公司", List.of(), "620102");
        List<MatchScore> ranked = scorer.rank(
                normaliser.normalise("LANZHOU JIABO CHEMICAL CO., LTD.(兰州佳博化学有限公司)"), List.of(), List.of(homophone));
        assertThat(ranked.getFirst().explanations())
                .noneSatisfy(e -> assertThat(e).startsWith("TRANSLITERATED"));
        assertThat(ranked.getFirst().score()).isLessThan(0.9);
    }
}
