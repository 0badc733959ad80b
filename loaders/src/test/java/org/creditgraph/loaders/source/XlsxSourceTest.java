package org.creditgraph.loaders.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxSourceTest {

    @TempDir
    Path dir;

    /** A workbook with a title row, a header row, numbers stored as codes, dates and a formula. */
    static Path writeWorkbook(Path file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("名单");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("0%"));

            sheet.createRow(0).createCell(0).setCellValue("安全生产失信联合惩戒黑名单（第一批）");
            Row header = sheet.createRow(2);
            String[] headers = {"序号", "名单类型", "主体名称", "统一社会信用代码或证件号码", "列入日期", "罚款", "比例", "合计"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            Row first = sheet.createRow(3);
            first.createCell(0).setCellValue(1);
            first.createCell(1).setCellValue("黑名单");
            first.createCell(2).setCellValue("兰州某某煤业有限公司");
            first.createCell(3).setCellValue(620102198001011234d); // a long code stored as a number
            first.createCell(4).setCellValue(LocalDate.of(2018, 8, 1));
            first.getCell(4).setCellStyle(date);
            first.createCell(5).setCellValue(12.5);
            first.createCell(6).setCellValue(0.25);
            first.getCell(6).setCellStyle(percent);
            first.createCell(7).setCellFormula("F4*2");
            sheet.createRow(4); // blank row
            Row second = sheet.createRow(5);
            second.createCell(0).setCellValue(2);
            second.createCell(1).setCellValue("黑名单");
            second.createCell(3).setCellValue(110105194912310d);
            second.createCell(5).setCellValue(3.0);
            second.createCell(9).setCellValue("多余");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    @Test
    void readsTheFirstSheetFromItsHeaderRow() throws Exception {
        Path file = writeWorkbook(dir.resolve("listings.xlsx"));
        try (Source source = Source.open(file)) {
            assertThat(source).isInstanceOf(XlsxSource.class);
            assertThat(source.description()).isEqualTo("listings.xlsx (Excel, sheet '名单')");
            assertThat(source.headers())
                    .containsExactly("序号", "名单类型", "主体名称", "统一社会信用代码或证件号码", "列入日期", "罚款", "比例", "合计");
            List<RawRow> rows = new ArrayList<>();
            source.rows().forEachRemaining(rows::add);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).rowNumber()).isEqualTo(4);
            assertThat(rows.get(0).cells())
                    .containsExactly("1", "黑名单", "兰州某某煤业有限公司", "620102198001011000", "2018-08-01", "12.5", "25", "25");
            assertThat(rows.get(1).rowNumber()).isEqualTo(6);
            assertThat(rows.get(1).cells())
                    .containsExactly("2", "黑名单", "", "110105194912310", "", "3", "", "", "", "多余");
        }
    }

    @Test
    void formatsNumbersPlainly() {
        assertThat(XlsxSource.plain(3.0)).isEqualTo("3");
        assertThat(XlsxSource.plain(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(XlsxSource.plain(1.0E20)).isEqualTo("100000000000000000000");
        assertThat(XlsxSource.plain(913713005578801721d)).isEqualTo("913713005578802000");
        assertThat(XlsxSource.plain(-2.5)).isEqualTo("-2.5");
    }
}
