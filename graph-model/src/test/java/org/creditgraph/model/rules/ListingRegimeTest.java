package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListingRegimeTest {

    @ParameterizedTest(name = "d3 \"{0}\" -> {1}")
    @CsvSource({
        "联合惩戒对象, JOINT_SANCTION_TARGET",
        "安全生产失信联合惩戒对象, JOINT_SANCTION_TARGET",
        "黑名单, BLACKLIST",
        "安全生产失信联合惩戒“黑名单”, BLACKLIST",
        "'安全生产失信联合惩戒\"黑名单\"', BLACKLIST",
        "'黑 名 单', BLACKLIST",
        "严重失信主体名单, SERIOUS_DISHONESTY",
        "安全生产严重失信主体名单, SERIOUS_DISHONESTY",
        "严重失信, SERIOUS_DISHONESTY",
        "JOINT_SANCTION_TARGET, JOINT_SANCTION_TARGET",
        "blacklist, BLACKLIST",
        "Serious_Dishonesty, SERIOUS_DISHONESTY"
    })
    void d3_parseRegime(String text, ListingRegime expected) {
        assertThat(ListingRegime.parse(text)).contains(expected);
    }

    @Test
    void d3_parseUnknownIsEmpty() {
        assertThat(ListingRegime.parse(null)).isEmpty();
        assertThat(ListingRegime.parse("")).isEmpty();
        assertThat(ListingRegime.parse("重点关注名单")).isEmpty();
        assertThat(ListingRegime.parse("诚信企业")).isEmpty();
    }

    @ParameterizedTest(name = "regimes as data \"{0}\" -> {1}")
    @CsvSource({
        "红名单, RED_LIST",
        "守信联合激励对象, RED_LIST",
        "安全生产守信联合激励对象（红名单）, RED_LIST",
        "WORLD_BANK_DEBARMENT, WORLD_BANK_DEBARMENT",
        "World Bank, WORLD_BANK_DEBARMENT",
        "世界银行取消资格名单, WORLD_BANK_DEBARMENT"
    })
    void regimesAsData_parseNewRegimes(String text, String code) {
        assertThat(ListingRegime.parse(text)).contains(ListingRegime.valueOf(code));
    }

    @Test
    void regimesAsData_shippedEntries() {
        ListingRegime red = ListingRegime.valueOf("RED_LIST");
        assertThat(red.restricts()).isFalse();
        assertThat(red.defaultPeriod()).isNull();
        assertThat(red.legalSource()).contains("国发〔2016〕33号");
        ListingRegime worldBank = ListingRegime.valueOf("WORLD_BANK_DEBARMENT");
        assertThat(worldBank.restricts()).isTrue();
        assertThat(worldBank.reason()).isEqualTo("FOREIGN_DEBARMENT");
        assertThat(worldBank.subjectCodeRequired()).isFalse();
        assertThat(worldBank.isPermanentExpiry(java.time.LocalDate.of(2999, 12, 31)))
                .isTrue();
        assertThat(worldBank.isPermanentExpiry(java.time.LocalDate.of(2030, 1, 1)))
                .isFalse();
        assertThat(ListingRegime.BLACKLIST.subjectCodeRequired()).isTrue();
        assertThat(ListingRegime.BLACKLIST.reason()).isEqualTo("LISTED");
        for (ListingRegime regime : ListingRegime.values()) {
            // every reason a regime names must be a reason code of D7
            assertThat(org.creditgraph.model.check.ReasonCode.valueOf(regime.reason()))
                    .isNotNull();
        }
    }

    @Test
    void regimesAsData_unknownCodeIsNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ListingRegime.valueOf("NO_SUCH_LIST"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NO_SUCH_LIST")
                .hasMessageContaining("SERIOUS_DISHONESTY");
    }

    @Test
    void regimesAsData_aBrokenEntryIsNamedWithItsFile() {
        String yaml = "regimes:\n  - code: X\n    zh: 某名单\n    effect: PUNISHES\n    legalSource: 某\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ListingRegimes.parse(new java.io.StringReader(yaml), "extra.yaml"))
                .hasMessageContaining("extra.yaml, regimes[0]")
                .hasMessageContaining("PUNISHES");
    }

    @Test
    void d3_defaultPeriods() {
        assertThat(ListingRegime.valueOf("WORLD_BANK_DEBARMENT").defaultPeriod())
                .isNull();
        assertThat(ListingRegime.JOINT_SANCTION_TARGET.defaultPeriod()).isEqualTo(Period.ofYears(1));
        assertThat(ListingRegime.BLACKLIST.defaultPeriod()).isEqualTo(Period.ofYears(1));
        assertThat(ListingRegime.SERIOUS_DISHONESTY.defaultPeriod()).isEqualTo(Period.ofYears(3));
    }

    @Test
    void d3_legalSources() {
        assertThat(ListingRegime.JOINT_SANCTION_TARGET.legalSource()).contains("安监总办〔2017〕49号");
        assertThat(ListingRegime.BLACKLIST.legalSource()).contains("安监总办〔2017〕49号");
        assertThat(ListingRegime.SERIOUS_DISHONESTY.legalSource()).contains("应急管理部令第11号");
        for (ListingRegime regime : ListingRegime.values()) {
            assertThat(ListingRegime.parse(regime.zh())).contains(regime);
        }
    }
}
