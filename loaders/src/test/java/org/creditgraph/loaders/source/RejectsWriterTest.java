package org.creditgraph.loaders.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.model.rules.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectsWriterTest {

    private static final String RAW_ID = "11010519491231002X";

    @TempDir
    Path dir;

    @Test
    void writesOriginalCellsAndReasonWithBomAndMasksIdNumbers() throws Exception {
        Path input = dir.resolve("roles.csv");
        Files.writeString(
                input,
                "统一社会信用代码,姓名,证件号码,职务,任职开始日期,备注\n" + "91620100MA71ABCD1X,张三," + RAW_ID + ",董事,,\"身份证 " + RAW_ID
                        + "，见附件\"\n",
                StandardCharsets.UTF_8);
        try (MappedFile mapped = MappedFile.open(input, Kind.ROLES, Optional.empty(), Map.of());
                RejectsWriter rejects = RejectsWriter.forFile(mapped)) {
            mapped.rows().forEachRemaining(row -> rejects.reject(row, "任职开始日期 is missing (id " + RAW_ID + ")"));
            assertThat(rejects.rejected()).isEqualTo(1);
            assertThat(rejects.path()).contains(dir.resolve("roles.csv.rejects.csv"));
        }
        Path written = dir.resolve("roles.csv.rejects.csv");
        byte[] bytes = Files.readAllBytes(written);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).doesNotContain(RAW_ID);
        assertThat(text.lines().toList())
                .containsExactly(
                        "统一社会信用代码,姓名,证件号码,职务,任职开始日期,备注,reject_reason",
                        "91620100MA71ABCD1X,张三,110105********002X,董事,,身份证 110105********002X，见附件,"
                                + "任职开始日期 is missing (id 110105********002X) [ID number masked (D12)]");
    }

    @Test
    void d12_masksIdColumnsOnlyWhereTheCellCanBeAnIdNumber() {
        assertThat(RejectsWriter.mask(RAW_ID, true)).isEqualTo("110105********002X");
        assertThat(RejectsWriter.mask("11010519491231002x", false)).isEqualTo("110105********002X");
        assertThat(RejectsWriter.mask("110105 19491231 002X", true)).isEqualTo("110105********002X");
        // a first-generation 15-digit number (real birth date 1949-12-31, no valid registration number)
        assertThat(RejectsWriter.mask("110105491231003", true)).isEqualTo("110105*****1003");
        // 15 digits without a real birth date (month 49) cannot be an ID number: shown
        assertThat(RejectsWriter.mask("110105194912310", true)).isEqualTo("110105194912310");
        // a 15-digit registration number (GS 15-2006 check digit valid) is shown
        assertThat(RejectsWriter.mask("110105000000004", true)).isEqualTo("110105000000004");
        // a USCC with a wrong check character, a truncated one, an 18-character code with letters: shown
        String invalid = "91620100MA71ABCD1" + (Uscc.checkCharacter("91620100MA71ABCD1") == 'X' ? 'Y' : 'X');
        assertThat(RejectsWriter.mask(invalid, true)).isEqualTo(invalid);
        assertThat(RejectsWriter.mask("9113042410", true)).isEqualTo("9113042410");
        // 18 digits with a bad D1 check character in an ID column: not an ID number, shown
        assertThat(RejectsWriter.mask("110105194912310021", true)).isEqualTo("110105194912310021");
        String valid = Uscc.withCheckCharacter("91620100MA71ABCD1");
        assertThat(RejectsWriter.mask(valid, true)).isEqualTo(valid);
        assertThat(RejectsWriter.mask("１１０１０５１９４９１２３１００２Ｘ", false)).isEqualTo("110105********002X");
        // 18 digits that are not a valid ID number (bad check) in free text stay
        assertThat(RejectsWriter.mask("编号110105194912310021", false)).isEqualTo("编号110105194912310021");
        assertThat(RejectsWriter.mask("", true)).isEmpty();
        // a column of persons' numbers only: a mistyped number is still a person's, masked
        assertThat(RejectsWriter.maskPersonNumber("110105194912310021")).isEqualTo("110105********0021");
    }

    @Test
    void d12_anyResidentIdAnywhereInTheEchoedRowIsMasked() throws Exception {
        Path input = dir.resolve("penalties.csv");
        // 11000019491231017X passes the USCC check as well, but is a resident ID number (北京, 1949)
        String alsoValidUscc = "11000019491231017X";
        assertThat(Uscc.check(alsoValidUscc).valid()).isTrue();
        try (RejectsWriter rejects = new RejectsWriter(input, List.of("统一社会信用代码", "违法事实", "证件号码"), Set.of(2))) {
            rejects.reject(
                    List.of(RAW_ID, "当事人ID" + RAW_ID + "x于2023年", alsoValidUscc, "extra " + RAW_ID),
                    "统一社会信用代码 " + RAW_ID + "ABC");
        }
        String text = Files.readString(dir.resolve("penalties.csv.rejects.csv")).substring(1);
        assertThat(text).doesNotContain(RAW_ID).doesNotContain(alsoValidUscc);
        assertThat(text.lines().toList())
                .containsExactly(
                        "统一社会信用代码,违法事实,证件号码,reject_reason",
                        "110105********002X,当事人ID110105********002Xx于2023年,110000********017X,"
                                + "统一社会信用代码 110105********002XABC [ID number masked (D12)],extra 110105********002X");
    }

    @Test
    void createsNoFileWithoutRejectsAndDeletesAStaleOne() throws Exception {
        Path input = dir.resolve("accidents.csv");
        Path stale = dir.resolve("accidents.csv.rejects.csv");
        Files.writeString(stale, "old");
        try (RejectsWriter rejects = new RejectsWriter(input, List.of("事故编号"), Set.of())) {
            assertThat(rejects.rejected()).isZero();
        }
        assertThat(stale).doesNotExist();
        try (RejectsWriter rejects = new RejectsWriter(input, List.of("事故编号"), Set.of())) {
            assertThat(rejects.path()).isEmpty();
        }
        assertThat(stale).doesNotExist();
    }

    @Test
    void rowsLongerOrShorterThanTheHeadersKeepTheReasonUnderItsHeader() throws Exception {
        Path input = dir.resolve("a.csv");
        try (RejectsWriter rejects = new RejectsWriter(input, List.of("a", "b"), Set.of())) {
            rejects.reject(List.of("1"), "short");
            rejects.reject(List.of("1", "2", "3"), "long");
        }
        String text = Files.readString(dir.resolve("a.csv.rejects.csv")).substring(1);
        assertThat(text.lines().toList()).containsExactly("a,b,reject_reason", "1,,short", "1,2,long,3");
    }

    @Test
    void fallsBackToTheWorkingDirectoryWhenTheInputDirectoryIsReadOnly() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Path elsewhere = Files.createDirectory(dir.resolve("cwd"));
        Path input = readOnly.resolve("b.csv");
        assumeWritableCheckWorks(readOnly);
        try (RejectsWriter rejects = new RejectsWriter(input, List.of("a"), Set.of(), elsewhere)) {
            rejects.reject(List.of("1"), "bad");
            assertThat(rejects.path()).contains(elsewhere.resolve("b.csv.rejects.csv"));
        } finally {
            readOnly.toFile().setWritable(true);
        }
        assertThat(elsewhere.resolve("b.csv.rejects.csv")).exists();
    }

    @Test
    void fallsBackToTheWorkingDirectoryWhenTheInputDirectoryCannotBeWritten() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("cwd2"));
        Path input = dir.resolve("gone").resolve("c.csv");
        try (RejectsWriter rejects = new RejectsWriter(input, List.of("a"), Set.of(), elsewhere)) {
            rejects.reject(List.of("1"), "bad");
            assertThat(rejects.path()).contains(elsewhere.resolve("c.csv.rejects.csv"));
        }
        assertThat(Files.readString(elsewhere.resolve("c.csv.rejects.csv"))).contains("1,bad");
    }

    private static void assumeWritableCheckWorks(Path directory) {
        directory.toFile().setWritable(false);
        org.junit.jupiter.api.Assumptions.assumeFalse(
                Files.isWritable(directory), "running as a user who can write read-only directories (root)");
    }
}
