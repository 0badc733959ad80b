package org.creditgraph.model.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.creditgraph.model.matching.NormalisedName.Chinese;
import org.creditgraph.model.matching.Regions.Region;
import org.junit.jupiter.api.Test;

/** Issue 9: names as the World Bank and Chinese registries publish them. */
class NameNormaliserTest {

    final NameNormaliser normaliser = new NameNormaliser();

    @Test
    void englishNameWithChineseNameInBracketsAndCaseNumber() {
        NormalisedName n = normaliser.normalise("HUNAN CONSTRUCTION GROUP CO., LTD.(湖南建设集团有限公司) *301");
        assertThat(n.caseNumber()).contains("301");
        assertThat(n.chinese()).hasSize(1);
        Chinese zh = n.chinese().getFirst();
        assertThat(zh.full()).isEqualTo("湖南建设集团有限公司");
        assertThat(zh.core()).isEqualTo("建设");
        assertThat(zh.region().map(Region::code)).contains("43");
        assertThat(zh.form()).isEqualTo(CompanyForm.LIMITED);
        assertThat(zh.group()).isTrue();
        var en = n.english().orElseThrow();
        assertThat(en.core()).isEqualTo("CONSTRUCTION");
        assertThat(en.region().map(Region::code)).contains("43");
        assertThat(en.group()).isTrue();
    }

    @Test
    void fullWidthBracketsAndSpacesFold() {
        NormalisedName n = normaliser.normalise("ＪＩＡＮＧＸＩ　ＣＯ．（江西省 华威建材 有限责任公司）");
        Chinese zh = n.chinese().getFirst();
        assertThat(zh.full()).isEqualTo("江西省华威建材有限责任公司");
        assertThat(zh.core()).isEqualTo("华威建材");
        assertThat(zh.region().map(Region::shortName)).contains("江西");
        assertThat(zh.form()).isEqualTo(CompanyForm.LIMITED);
    }

    @Test
    void suffixSpellingsOfOneFormGiveTheSameKey() {
        Chinese a = normaliser.normalise("江西省华威建材有限公司").chinese().getFirst();
        Chinese b = normaliser.normalise("江西华威建材有限责任公司").chinese().getFirst();
        Chinese c = normaliser.normalise("江西华威建材股份有限公司").chinese().getFirst();
        assertThat(a.key()).isEqualTo(b.key());
        assertThat(c.key()).isNotEqualTo(a.key());
        assertThat(c.form()).isEqualTo(CompanyForm.JOINT_STOCK);
    }

    @Test
    void provinceThenCityThenDistrictPrefixes() {
        Chinese zh = normaliser.normalise("陕西省榆林市榆阳区兴源水电工程有限公司").chinese().getFirst();
        assertThat(zh.core()).isEqualTo("兴源水电工程");
        assertThat(zh.region().map(Region::code)).contains("6108");
    }

    @Test
    void nestedBracketsAndBracketedPlace() {
        Chinese group = normaliser
                .normalise("HENAN GEOLOGICAL (GROUP) CO., LTD.(河南省地矿建设工程(集团)有限公司)*632")
                .chinese()
                .getFirst();
        assertThat(group.core()).isEqualTo("地矿建设工程");
        assertThat(group.group()).isTrue();
        Chinese place = normaliser.normalise("中辰路桥建设(北京)有限公司").chinese().getFirst();
        assertThat(place.core()).isEqualTo("中辰路桥建设");
        assertThat(place.region().map(Region::code)).contains("11");
    }

    @Test
    void branchKeepsItsParentInTheCore() {
        Chinese zh = normaliser.normalise("威海建设集团股份有限公司东营分公司").chinese().getFirst();
        assertThat(zh.form()).isEqualTo(CompanyForm.BRANCH);
        assertThat(zh.core()).isEqualTo("建设集团东营");
    }

    @Test
    void alternativeChineseNamesAndPublishedRegistrationNumber() {
        NormalisedName alt =
                normaliser.normalise("XINJIANG COMMUNICATIONS CONSTRUCTION GROUP CO., LTD.(新疆交通建设集团股份有限公司, 新疆交建)*647");
        assertThat(alt.chinese()).extracting(Chinese::core).containsExactly("交通建设", "交建");
        NormalisedName reg = normaliser.normalise(
                "SHANDONG CONSTRUCTION GROUP TIANJIN INVESTMENT CO., LTD.*(山东省建设集团天津投资有限公司*)(Reg. No.: 91120116697425737E)");
        assertThat(reg.uscc()).contains("91120116697425737E");
        assertThat(reg.chinese().getFirst().core()).isEqualTo("建设集团天津投资");
    }

    @Test
    void formerlyKnownAsKeepsTheFirstEnglishName() {
        NormalisedName n = normaliser.normalise(
                "XINJINZHU MUNICIPAL LANDSCAPING ENGINEERING CO., LTD.f/k/a Henan Xinjinzhu Landscaping Engineering Co., Ltd. *286");
        assertThat(n.chinese()).isEmpty();
        assertThat(n.english().orElseThrow().core()).isEqualTo("XINJINZHU MUNICIPAL LANDSCAPING ENGINEERING");
        assertThat(n.caseNumber()).contains("286");
    }

    @Test
    void englishAddressNamesRegions() {
        assertThat(Regions.standard().inAddress("FURONG DISTRICT, CHANGSHA, HUNAN 410007"))
                .extracting(Region::code)
                .containsExactlyInAnyOrder("4301", "43");
        assertThat(Regions.standard().inAddress("NO. 6 EFANG FIRST ROAD, XI'AN CITY"))
                .extracting(Region::code)
                .containsExactly("6101");
    }

    @Test
    void aTwoWordRegionLeavesTheEnglishCore() {
        var en = normaliser
                .normalise("INNER MONGOLIA YUHE CONSTRUCTION ENGINEERING CO., LTD.")
                .english()
                .orElseThrow();
        assertThat(en.core()).isEqualTo("YUHE CONSTRUCTION ENGINEERING");
        assertThat(en.region()).map(Region::code).contains("15");
        var two = normaliser.normalise("JIANGXI HUAWEI CO., LTD.").english().orElseThrow();
        assertThat(two.core()).isEqualTo("HUAWEI");
        assertThat(two.region()).map(Region::code).contains("36");
    }
}
