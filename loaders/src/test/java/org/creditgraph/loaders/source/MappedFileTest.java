package org.creditgraph.loaders.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.mapping.Mapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedFileTest {

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<InputRow> rows(MappedFile file) {
        List<InputRow> rows = new ArrayList<>();
        file.rows().forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void rowsAreKeyedByEnglishNameFoldedAndTrimmed() throws Exception {
        Path file = csv(
                "penalties.csv",
                "序号,行政处罚决定书文号,处罚机关统一社会信用代码,罚款金额（万元）,行政相对人名称\n" + "1, 甘应急罚〔２０２４〕１号 ,11620000MB1234567X,  ,兰州（测试）有限公司\n");
        try (MappedFile mapped = MappedFile.open(file, Kind.PENALTIES, Optional.empty(), Map.of())) {
            assertThat(mapped.originalHeaders()).hasSize(5);
            assertThat(mapped.unknownHeaders()).containsExactly("序号");
            assertThat(mapped.unknownHeadersWarning()).get().asString().contains("序号");
            List<InputRow> rows = rows(mapped);
            assertThat(rows).hasSize(1);
            InputRow row = rows.getFirst();
            assertThat(row.rowNumber()).isEqualTo(2);
            assertThat(row.values())
                    .containsExactly(
                            Map.entry("party_name", "兰州(测试)有限公司"),
                            Map.entry("decision_no", "甘应急罚〔2024〕1号"),
                            Map.entry("authority_uscc", "11620000MB1234567X"));
            assertThat(row.has("fine_wan")).isFalse();
            assertThat(row.original()).containsExactly("1", " 甘应急罚〔２０２４〕１号 ", "11620000MB1234567X", "  ", "兰州（测试）有限公司");
        }
    }

    @Test
    void setFillsAColumnForEveryRowAndSatisfiesTheKeyCheck() throws Exception {
        Path file = csv("penalties.csv", "行政处罚决定书文号,处罚机关统一社会信用代码\nA1,\nA2,X\n");
        assertThatThrownBy(() ->
                        MappedFile.open(csv("bare.csv", "行政处罚决定书文号\nA1\n"), Kind.PENALTIES, Optional.empty(), Map.of()))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("处罚机关统一社会信用代码(authority_uscc)");
        try (MappedFile mapped = MappedFile.open(
                csv("bare2.csv", "行政处罚决定书文号\nA1\nA2\n"),
                Kind.PENALTIES,
                Optional.empty(),
                Map.of("处罚机关统一社会信用代码", "11620000MB1234567X", "fine_wan", "１.5"))) {
            List<InputRow> rows = rows(mapped);
            assertThat(rows).extracting(r -> r.get("authority_uscc")).containsOnly("11620000MB1234567X");
            assertThat(rows).extracting(r -> r.get("fine_wan")).containsOnly("1.5");
        }
        try (MappedFile mapped = MappedFile.open(
                file, Kind.PENALTIES, Optional.empty(), Map.of("authority_uscc", "11620000MB1234567X"))) {
            assertThat(rows(mapped)).extracting(r -> r.get("authority_uscc")).containsOnly("11620000MB1234567X");
        }
    }

    @Test
    void unknownSetColumnIsUnusable() throws Exception {
        Path file = csv("penalties.csv", "行政处罚决定书文号,处罚机关统一社会信用代码\nA1,X\n");
        assertThatThrownBy(() -> MappedFile.open(file, Kind.PENALTIES, Optional.empty(), Map.of("金额", "1")))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("'金额' is not a column of KIND penalties");
    }

    @Test
    void missingFileIsUnusable() {
        assertThatThrownBy(() -> MappedFile.open(dir.resolve("nope.csv"), Kind.ACCIDENTS, Optional.empty(), Map.of()))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageStartingWith("no such file: ");
    }

    @Test
    void readsAWorkbook() throws Exception {
        Path file = XlsxSourceTest.writeWorkbook(dir.resolve("listings.xlsx"));
        try (MappedFile mapped = MappedFile.open(file, Kind.LISTINGS, Optional.empty(), Map.of())) {
            assertThat(mapped.unknownHeaders()).containsExactly("序号", "罚款", "比例", "合计");
            assertThat(mapped.countRows()).isEqualTo(3);
            List<InputRow> rows = rows(mapped);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).values())
                    .containsEntry("list", "黑名单")
                    .containsEntry("code", "620102198001011000")
                    .containsEntry("listed_on", "2018-08-01");
            assertThat(rows.get(1).values())
                    .containsEntry("code", "110105194912310")
                    .doesNotContainKey("name");
        }
    }

    @Test
    void aMappingRenamesNormalisesAndDefaults() throws Exception {
        Mapping mapping = Mapping.parse("""
                kind: listings
                headers:
                  单位名称: 主体名称
                  信用代码: code
                  注册号: code
                  地址: address
                  序号: ~
                defaults:
                  名单类型: 黑名单
                  列入日期: 2018-08-01
                values:
                  code: {removeWhitespace: true}
                  name:
                    removeWhitespace: true
                    regexReplace: [{pattern: '有眼公司$', replacement: '有限公司'}]
                  list:
                    replace: {黑名单: 联合惩戒对象}
                """, "test mapping");
        Path file = csv(
                "foreign.csv",
                "序号,单位名 称,信用 代码,注册号,地 址,列入日期,备注\n"
                        + "1,兰州 某某 有眼公司,91620100 MA71ABCD1X,,兰州市,,x\n"
                        + "2,甘肃乙公司,,620100 000012345,,2019-01-01,\n");
        try (MappedFile mapped = MappedFile.open(file, Kind.LISTINGS, Optional.of(mapping), Map.of())) {
            assertThat(mapped.unknownHeaders()).containsExactly("备注");
            List<InputRow> rows = rows(mapped);
            assertThat(rows.get(0).values())
                    .containsEntry("name", "兰州某某有限公司")
                    .containsEntry("code", "91620100MA71ABCD1X")
                    .containsEntry("address", "兰州市")
                    .containsEntry("list", "黑名单")
                    .containsEntry("listed_on", "2018-08-01");
            assertThat(rows.get(1).values())
                    .containsEntry("code", "620100000012345")
                    .containsEntry("listed_on", "2019-01-01")
                    .doesNotContainKey("address");
        }
        try (MappedFile mapped =
                MappedFile.open(file, Kind.LISTINGS, Optional.of(mapping), Map.of("名单类型", "严重失信主体名单"))) {
            assertThat(rows(mapped)).extracting(r -> r.get("list")).containsOnly("严重失信主体名单");
        }
        assertThatThrownBy(() -> MappedFile.open(file, Kind.PENALTIES, Optional.of(mapping), Map.of()))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("is for KIND listings");
    }

    @Test
    void aMappingTargetMustBeAColumnOrAnExtraName() throws Exception {
        Mapping mapping = Mapping.parse("headers: {单位名称: 主体名字}", "typo mapping");
        Path file = csv("foreign.csv", "单位名称,名单类型,统一社会信用代码或证件号码,列入日期\nA,B,C,D\n");
        assertThatThrownBy(() -> MappedFile.open(file, Kind.LISTINGS, Optional.of(mapping), Map.of()))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("'主体名字' is not a column of KIND listings");
    }

    @Test
    void keyColumnsOptionalWaivesTheCheck() throws Exception {
        Path file = csv("wb.csv", "Firm Name,From\nACME *1,2020-01-01\n");
        Mapping strict = Mapping.parse("headers: {Firm Name: name, From: listed_on}\ndefaults: {list: X}", "strict");
        assertThatThrownBy(() -> MappedFile.open(file, Kind.LISTINGS, Optional.of(strict), Map.of()))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("统一社会信用代码或证件号码(code)");
        Mapping lenient = Mapping.parse(
                "headers: {Firm Name: name, From: listed_on}\ndefaults: {list: X}\nkeyColumnsOptional: [code]",
                "lenient");
        try (MappedFile mapped = MappedFile.open(file, Kind.LISTINGS, Optional.of(lenient), Map.of())) {
            assertThat(rows(mapped).getFirst().values())
                    .containsOnly(
                            Map.entry("list", "X"), Map.entry("name", "ACME *1"), Map.entry("listed_on", "2020-01-01"));
        }
    }
}
