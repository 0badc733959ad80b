package org.creditgraph.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a report's CJK font comes from: the configured file only when one is configured (a typo never
 * falls back silently), else the known places and the font folders; a file that is no font, or a font
 * without Chinese glyphs, is never chosen. Needs fonts-wqy-zenhei (installed by .ci/run) for the
 * positive cases.
 */
class ReportFontTest {

    static final Path ZENHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @TempDir
    Path dir;

    @Test
    void aConfiguredCjkCollectionIsUsedAndLoadsIntoADocument() throws Exception {
        assumeTrue(Files.isRegularFile(ZENHEI), "fonts-wqy-zenhei is not installed");
        ReportFont font = new ReportFont(ZENHEI, List.of(), List.of());
        assertThat(font.locate()).contains(ZENHEI);
        try (PDDocument document = new PDDocument();
                ReportFont.Loaded loaded = font.load(document)) {
            assertThat(loaded.font().getStringWidth("核查报告")).isPositive();
        }
    }

    @Test
    void theSystemFoldersAreSearchedWhenNothingIsConfigured() {
        assumeTrue(Files.isRegularFile(ZENHEI), "fonts-wqy-zenhei is not installed");
        ReportFont font =
                new ReportFont(null, List.of(dir.resolve("absent.ttc")), List.of(Path.of("/usr/share/fonts")));
        assertThat(font.locate()).isPresent();
        assertThat(new ReportFont("").locate()).isPresent();
    }

    @Test
    void aConfiguredFileThatIsMissingOrNoFontIsUnavailableWithoutFallingBack() throws Exception {
        Path garbage = Files.writeString(dir.resolve("font.ttf"), "not a font");
        for (Path configured : List.of(dir.resolve("missing.ttc"), garbage)) {
            ReportFont font = new ReportFont(configured, ReportFont.KNOWN, ReportFont.FOLDERS);
            assertThat(font.locate()).isEmpty();
            assertThat(font.unavailableReason()).contains(configured.toString(), "creditgraph.report.font");
            try (PDDocument document = new PDDocument()) {
                assertThatThrownBy(() -> font.load(document)).isInstanceOf(ReportFont.Unavailable.class);
            }
        }
    }

    @Test
    void aFontWithoutChineseGlyphsIsNeverChosen() {
        assumeTrue(Files.isRegularFile(DEJAVU), "fonts-dejavu is not installed");
        assertThat(new ReportFont(DEJAVU, List.of(), List.of()).locate()).isEmpty();
        assertThat(new ReportFont(null, List.of(DEJAVU), List.of()).locate()).isEmpty();
    }

    @Test
    void noFontAnywhereSaysWhatToInstall() {
        ReportFont font = new ReportFont(null, List.of(), List.of(dir));
        assertThat(font.locate()).isEmpty();
        assertThat(font.unavailableReason()).contains("fonts-wqy-zenhei", "CREDITGRAPH_REPORT_FONT");
    }
}
