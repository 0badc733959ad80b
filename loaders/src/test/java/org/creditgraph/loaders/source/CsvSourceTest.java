package org.creditgraph.loaders.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {

    private static final String TEXT = "企业名称,统一社会信用代码,备注\n"
            + "\"甘肃某某化工有限公司\",91620100MA71ABCD1X,\"含,逗号\"\"引号\"\n"
            + "兰州（测试）煤业,91620100MA71ABCD2Y\n"
            + ",,\n"
            + "\n"
            + "多列,a,b,c,d\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static List<RawRow> rows(Source source) {
        List<RawRow> rows = new ArrayList<>();
        source.rows().forEachRemaining(rows::add);
        return rows;
    }

    private static void assertTable(Source source) {
        assertThat(source.headers()).containsExactly("企业名称", "统一社会信用代码", "备注");
        List<RawRow> rows = rows(source);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).rowNumber()).isEqualTo(2);
        assertThat(rows.get(0).cells()).containsExactly("甘肃某某化工有限公司", "91620100MA71ABCD1X", "含,逗号\"引号");
        assertThat(rows.get(1).cells()).containsExactly("兰州（测试）煤业", "91620100MA71ABCD2Y", "");
        assertThat(rows.get(2).rowNumber()).isEqualTo(6);
        assertThat(rows.get(2).cells()).containsExactly("多列", "a", "b", "c", "d");
    }

    @Test
    void readsUtf8WithBomAndStripsIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(TEXT.getBytes(StandardCharsets.UTF_8));
        try (CsvSource source = CsvSource.open(write("bom.csv", bytes.toByteArray()))) {
            assertThat(source.encoding().charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(source.encoding().bom()).isTrue();
            assertThat(source.description()).isEqualTo("bom.csv (CSV, UTF-8 with BOM)");
            assertTable(source);
        }
    }

    @Test
    void readsUtf8WithoutBom() throws Exception {
        try (CsvSource source = CsvSource.open(write("plain.csv", TEXT.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(source.encoding().charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(source.encoding().bom()).isFalse();
            assertTable(source);
        }
    }

    @Test
    void readsGb18030() throws Exception {
        byte[] gb = TEXT.getBytes(Charset.forName("GB18030"));
        try (CsvSource source = CsvSource.open(write("gb.csv", gb))) {
            assertThat(source.encoding().charset()).isEqualTo(Charset.forName("GB18030"));
            assertTable(source);
        }
    }

    @Test
    void detectsGb18030EvenWhenTheFirstMegabyteIsAscii() throws Exception {
        StringBuilder text = new StringBuilder("name,code\n");
        while (text.length() < 1_200_000) {
            text.append("abcdefghij,0123456789\n");
        }
        text.append("兰州煤业,1\n");
        try (CsvSource source = CsvSource.open(write("late.csv", text.toString().getBytes("GB18030")))) {
            assertThat(source.encoding().charset().name()).isEqualTo("GB18030");
            assertThat(source.estimatedRows()).isGreaterThan(50_000);
            List<RawRow> rows = rows(source);
            assertThat(rows.getLast().cells()).containsExactly("兰州煤业", "1");
        }
    }

    @Test
    void rejectsBytesThatAreNeitherUtf8NorGb18030() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("企业名称,备注\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'a', (byte) 0xFF, (byte) 0xFF, ',', (byte) 0x80, '\n'});
        Path file = write("broken.csv", bytes.toByteArray());
        assertThatThrownBy(() -> CsvSource.open(file))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("unreadable encoding")
                .hasMessageContaining("neither UTF-8 nor GB18030");
    }

    @Test
    void rejectsUtf16WithAHint() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write("a,b\n".getBytes(StandardCharsets.UTF_16LE));
        Path file = write("utf16.csv", bytes.toByteArray());
        assertThatThrownBy(() -> CsvSource.open(file))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("UTF-16");
    }

    @Test
    void emptyFileIsUnusable() throws Exception {
        Path file = write("empty.csv", new byte[0]);
        assertThatThrownBy(() -> CsvSource.open(file))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("no header row");
    }

    @Test
    void picksTheReaderByExtension() throws Exception {
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> Source.open(missing))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("no such file");
        Path text = write("data.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Source.open(text))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("unsupported file type");
        Path notExcel = write("fake.xlsx", TEXT.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Source.open(notExcel))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("not a readable Excel workbook");
        try (Source source = Source.open(write("upper.CSV", TEXT.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(source).isInstanceOf(CsvSource.class);
        }
    }
}
