package org.creditgraph.api.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CJK TrueType font a report is set in (embedded as a subset, so the PDF reads the same
 * everywhere). The font is {@code creditgraph.report.font} (env {@code CREDITGRAPH_REPORT_FONT}) when
 * set, else the first TrueType font (.ttf or .ttc, not CFF-based OpenType, which PDFBox cannot
 * embed) with glyphs for 中文 found in the usual places ({@link #KNOWN}, then the system font
 * folders). Debian's {@code fonts-wqy-zenhei} is the one the project installs. None found: the report
 * is unavailable (503), never a PDF of empty boxes.
 */
@Component
public class ReportFont {

    static final List<Path> KNOWN = Stream.of(
                    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                    "/usr/share/fonts/truetype/arphic/uming.ttc",
                    "/usr/share/fonts/truetype/arphic/ukai.ttc",
                    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
            .map(Path::of)
            .toList();
    static final List<Path> FOLDERS = Stream.of("/usr/share/fonts", "/usr/local/share/fonts")
            .map(Path::of)
            .toList();
    private static final String PROBE = "中文核查报告";
    private static final Logger log = LoggerFactory.getLogger(ReportFont.class);

    private final Path configured;
    private final List<Path> known;
    private final List<Path> folders;
    private volatile Optional<Path> located;

    @Autowired
    public ReportFont(@Value("${creditgraph.report.font:${CREDITGRAPH_REPORT_FONT:}}") String configured) {
        this(configured == null || configured.isBlank() ? null : Path.of(configured.strip()), KNOWN, FOLDERS);
    }

    ReportFont(Path configured, List<Path> known, List<Path> folders) {
        this.configured = configured;
        this.known = List.copyOf(known);
        this.folders = List.copyOf(folders);
    }

    /** Thrown when no usable CJK font is there; the message says what to install or set. */
    public static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    /** The font file reports use; empty when there is none (then every report is 503). */
    public Optional<Path> locate() {
        Optional<Path> found = located;
        if (found == null || found.isEmpty()) {
            found = search();
            located = found;
        }
        return found;
    }

    private Optional<Path> search() {
        if (configured != null) {
            // A configured font is the only one tried: a typo must not silently fall back to another.
            return usable(configured) ? Optional.of(configured) : Optional.empty();
        }
        List<Path> candidates = new ArrayList<>(known);
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder, 4)) {
                    files.filter(ReportFont::trueType).sorted().forEach(candidates::add);
                } catch (IOException | RuntimeException e) {
                    log.debug("cannot list fonts in {}: {}", folder, e.toString());
                }
            }
        }
        return candidates.stream().filter(ReportFont::usable).findFirst();
    }

    /** Why reports are unavailable, for the 503 answer and the log. */
    public String unavailableReason() {
        return configured != null
                ? "the report font " + configured + " (creditgraph.report.font) is missing or has no Chinese glyphs"
                        + " in a TrueType outline"
                : "no Chinese (CJK) TrueType font found on this server: install fonts-wqy-zenhei or set"
                        + " creditgraph.report.font (CREDITGRAPH_REPORT_FONT) to a .ttf/.ttc file";
    }

    /** The font loaded into a document; close it after the document is saved (the subset is made on save). */
    public record Loaded(PDType0Font font, Closeable source) implements Closeable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    public Loaded load(PDDocument document) throws Unavailable, IOException {
        Path path = locate().orElseThrow(() -> new Unavailable(unavailableReason()));
        Opened opened = open(path);
        if (opened == null) {
            located = null;
            throw new Unavailable(unavailableReason());
        }
        return new Loaded(PDType0Font.load(document, opened.font(), true), opened.source());
    }

    private record Opened(TrueTypeFont font, Closeable source) {}

    /** The first font of the file with Chinese glyphs in TrueType outlines, or null (the file is then closed). */
    private static Opened open(Path path) throws IOException {
        if (path.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null && hasChinese(font)) {
                    first[0] = font;
                }
            });
            if (first[0] == null) {
                collection.close();
                return null;
            }
            return new Opened(first[0], collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
        if (!hasChinese(font)) {
            font.close();
            return null;
        }
        return new Opened(font, font);
    }

    private static boolean hasChinese(TrueTypeFont font) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            return false;
        }
        var cmap = font.getUnicodeCmapLookup(false);
        return cmap != null && PROBE.codePoints().allMatch(c -> cmap.getGlyphId(c) > 0);
    }

    private static boolean usable(Path path) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            return false;
        }
        try {
            Opened opened = open(path);
            if (opened == null) {
                return false;
            }
            opened.source().close();
            return true;
        } catch (IOException | RuntimeException e) {
            log.debug("font {} is not usable: {}", path, e.toString());
            return false;
        }
    }

    private static boolean trueType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".ttc");
    }
}
