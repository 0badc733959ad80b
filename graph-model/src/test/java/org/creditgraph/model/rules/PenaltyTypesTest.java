package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgraph.model.rules.PenaltyType.CLOSURE;
import static org.creditgraph.model.rules.PenaltyType.CONFISCATION;
import static org.creditgraph.model.rules.PenaltyType.DETENTION;
import static org.creditgraph.model.rules.PenaltyType.FINE;
import static org.creditgraph.model.rules.PenaltyType.LICENCE_REVOCATION;
import static org.creditgraph.model.rules.PenaltyType.LICENCE_SUSPENSION;
import static org.creditgraph.model.rules.PenaltyType.OTHER;
import static org.creditgraph.model.rules.PenaltyType.PRACTICE_BAN;
import static org.creditgraph.model.rules.PenaltyType.QUALIFICATION_DOWNGRADE;
import static org.creditgraph.model.rules.PenaltyType.RESTRICTION;
import static org.creditgraph.model.rules.PenaltyType.SUSPENSION_OF_PRODUCTION;
import static org.creditgraph.model.rules.PenaltyType.WARNING;

import java.math.BigDecimal;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PenaltyTypesTest {

    @ParameterizedTest(name = "d11 \"{0}\" -> {1}")
    @CsvSource({
        "警告, WARNING",
        "通报批评, WARNING",
        "罚款, FINE",
        "没收违法所得, CONFISCATION",
        "没收非法财物, CONFISCATION",
        "没收, CONFISCATION",
        "暂扣许可证, LICENCE_SUSPENSION",
        "暂扣执照, LICENCE_SUSPENSION",
        "暂扣证照, LICENCE_SUSPENSION",
        "降低资质等级, QUALIFICATION_DOWNGRADE",
        "吊销许可证, LICENCE_REVOCATION",
        "吊销执照, LICENCE_REVOCATION",
        "吊销证照, LICENCE_REVOCATION",
        "限制开展生产经营活动, RESTRICTION",
        "责令停产停业, SUSPENSION_OF_PRODUCTION",
        "停产整顿, SUSPENSION_OF_PRODUCTION",
        "停业整顿, SUSPENSION_OF_PRODUCTION",
        "责令关闭, CLOSURE",
        "关闭, CLOSURE",
        "限制从业, PRACTICE_BAN",
        "行政拘留, DETENTION",
        "拘留, DETENTION"
    })
    void d11_singleWordingMapsToOneType(String cell, PenaltyType expected) {
        assertThat(PenaltyTypes.parse(cell)).containsExactly(expected);
    }

    @Test
    void d11_pre2021WordingMapsToSuspensionAndRevocation() {
        assertThat(PenaltyTypes.parse("暂扣或者吊销许可证")).containsExactly(LICENCE_SUSPENSION, LICENCE_REVOCATION);
        assertThat(PenaltyTypes.parse("暂扣或者吊销执照")).containsExactly(LICENCE_SUSPENSION, LICENCE_REVOCATION);
    }

    @Test
    void d11_severalTypesWithEverySeparator() {
        EnumSet<PenaltyType> expected = EnumSet.of(WARNING, FINE, CONFISCATION);
        assertThat(PenaltyTypes.parse("警告;罚款;没收违法所得")).isEqualTo(expected);
        assertThat(PenaltyTypes.parse("警告；罚款；没收违法所得")).isEqualTo(expected);
        assertThat(PenaltyTypes.parse("警告、罚款、没收违法所得")).isEqualTo(expected);
        assertThat(PenaltyTypes.parse("警告,罚款,没收违法所得")).isEqualTo(expected);
        assertThat(PenaltyTypes.parse("警告，罚款，没收违法所得")).isEqualTo(expected);
        assertThat(PenaltyTypes.parse("警告/罚款/没收违法所得")).isEqualTo(expected);
        assertThat(PenaltyTypes.parse("警告 罚款　没收违法所得")).isEqualTo(expected);
    }

    @Test
    void d11_longPhraseYieldsEveryTypeItNames() {
        assertThat(PenaltyTypes.parse("处以警告并处罚款人民币5万元，责令停产停业整顿"))
                .containsExactly(WARNING, FINE, SUSPENSION_OF_PRODUCTION);
        assertThat(PenaltyTypes.parse("依据《中华人民共和国安全生产法》第九十九条，给予罚款2万元的行政处罚")).containsExactly(FINE);
        assertThat(PenaltyTypes.parse("吊销安全生产许可证，对主要负责人处以行政拘留十日，限制从业"))
                .containsExactly(LICENCE_REVOCATION, PRACTICE_BAN, DETENTION);
        assertThat(PenaltyTypes.parse("降低资质等级并限制开展生产经营活动、责令关闭"))
                .containsExactly(QUALIFICATION_DOWNGRADE, RESTRICTION, CLOSURE);
    }

    @Test
    void d11_englishEnumNamesAccepted() {
        assertThat(PenaltyTypes.parse("FINE")).containsExactly(FINE);
        assertThat(PenaltyTypes.parse("warning, licence_suspension")).containsExactly(WARNING, LICENCE_SUSPENSION);
        assertThat(PenaltyTypes.parse("LICENSE_REVOCATION")).containsExactly(LICENCE_REVOCATION);
        assertThat(PenaltyTypes.parse("SUSPENSION_OF_PRODUCTION;OTHER"))
                .containsExactly(SUSPENSION_OF_PRODUCTION, OTHER);
    }

    @Test
    void d11_unrecognisedTextIsOther() {
        assertThat(PenaltyTypes.parse("责令限期改正")).containsExactly(OTHER);
        assertThat(PenaltyTypes.parse("其他")).containsExactly(OTHER);
        assertThat(PenaltyTypes.parse("罚款、其他")).containsExactly(FINE, OTHER);
        assertThat(PenaltyTypes.parse("xyz")).containsExactly(OTHER);
    }

    @Test
    void d11_emptyCellIsEmptySet() {
        assertThat(PenaltyTypes.parse(null)).isEmpty();
        assertThat(PenaltyTypes.parse("")).isEmpty();
        assertThat(PenaltyTypes.parse(" 　")).isEmpty();
        assertThat(PenaltyTypes.parse("；、")).isEmpty();
    }

    @ParameterizedTest(name = "d11 {0} round-trips through zh()")
    @EnumSource(PenaltyType.class)
    void d11_chineseNameParsesBackToItsType(PenaltyType type) {
        assertThat(PenaltyTypes.parse(type.zh())).containsExactly(type);
        assertThat(PenaltyTypes.parse(type.name())).containsExactly(type);
    }

    @Test
    void d11_inferAddsFineWhenAmountAboveZero() {
        assertThat(PenaltyTypes.infer("警告", new BigDecimal("5000"))).containsExactly(WARNING, FINE);
        assertThat(PenaltyTypes.infer("警告", new BigDecimal("0.01"))).containsExactly(WARNING, FINE);
        assertThat(PenaltyTypes.infer("警告", BigDecimal.ZERO)).containsExactly(WARNING);
        assertThat(PenaltyTypes.infer("警告", null)).containsExactly(WARNING);
        assertThat(PenaltyTypes.infer("", new BigDecimal("20000"))).containsExactly(FINE);
        assertThat(PenaltyTypes.infer(null, null)).isEmpty();
    }

    @Test
    void d11_inferDoesNotAddOtherWhenTheFineExplainsTheDecision() {
        assertThat(PenaltyTypes.infer("依据第九十九条作出处罚", new BigDecimal("20000"))).containsExactly(FINE);
        assertThat(PenaltyTypes.infer("依据第九十九条作出处罚", BigDecimal.ZERO)).containsExactly(OTHER);
        assertThat(PenaltyTypes.infer("其他", new BigDecimal("1"))).containsExactly(FINE, OTHER);
    }

    @Test
    void d11_resultIsAFreshMutableSet() {
        EnumSet<PenaltyType> first = PenaltyTypes.parse("罚款");
        first.add(WARNING);
        assertThat(PenaltyTypes.parse("罚款")).containsExactly(FINE);
    }
}
