package org.creditgraph.loaders.rows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names as the World Bank publishes them (all taken from worldbank-debarred-firms-2024-10.csv). */
class PublishedNameTest {

    @ParameterizedTest(name = "foreign debarment name {0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "HUNAN CONSTRUCTION GROUP CO., LTD.(湖南建设集团有限公司) *301|HUNAN CONSTRUCTION GROUP CO., LTD.(湖南建设集团有限公司)|湖南建设集团有限公司|301|-",
                "HEBEI CONSTRUCTION GROUP BINGZHENG CONSTRUCTION ENGINEERING CO., LTD.河北秉正建筑工程有限公司|HEBEI CONSTRUCTION GROUP BINGZHENG CONSTRUCTION ENGINEERING CO., LTD.河北秉正建筑工程有限公司|河北秉正建筑工程有限公司|-|-",
                "HENAN GEOLOGICAL AND MINING CONSTRUCTION ENGINEERING (GROUP) CO., LTD.(河南省地矿建设工程(集团)有限公司)*632|HENAN GEOLOGICAL AND MINING CONSTRUCTION ENGINEERING (GROUP) CO., LTD.(河南省地矿建设工程(集团)有限公司)|河南省地矿建设工程(集团)有限公司|632|-",
                "FOUNDER INTERNATIONAL (BEIJING) CO., LTD.(方正国际软件（北京）有限公司)(Tax ID: 91110108801144696L) *536|FOUNDER INTERNATIONAL (BEIJING) CO., LTD.(方正国际软件(北京)有限公司)(Tax ID: 91110108801144696L)|方正国际软件(北京)有限公司|536|91110108801144696L",
                "MR. PETER LEE*192 (AKA MR. LI YI)|MR. PETER LEE (AKA MR. LI YI)|-|192|-",
                "MINIMIX AGENCIES (MINIMIX)*325|MINIMIX AGENCIES (MINIMIX)|-|325|-"
            })
    void foreignDebarment_nameChineseNameCaseNumber(
            String published, String name, String nameZh, String caseNumber, String code) {
        PublishedName parsed = PublishedName.parse(published);
        assertThat(parsed.name()).isEqualTo(name);
        assertThat(parsed.nameZh()).isEqualTo(nameZh);
        assertThat(parsed.caseNumber()).isEqualTo(caseNumber);
        assertThat(parsed.publishedCode()).isEqualTo(code);
    }
}
