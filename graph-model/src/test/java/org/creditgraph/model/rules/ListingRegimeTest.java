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
        assertThat(ListingRegime.parse("红名单")).isEmpty();
    }

    @Test
    void d3_defaultPeriods() {
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
