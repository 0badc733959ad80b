package org.creditgraph.api.report;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Text flowing down A4 pages in one font: headings, label–value lines and paragraphs wrapped to the
 * page width (by character, as Chinese has no spaces), images, and a new page when one is full. A
 * character the font lacks is set as {@code ?} rather than failing the report.
 */
final class PdfLayout implements Closeable {

    static final float MARGIN = 50;
    private static final float BODY = 10;
    private static final float LEADING = 1.45f;

    private final PDDocument document;
    private final PDFont font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private final String footer;
    private PDPageContentStream content;
    private float y;
    private int pages;

    PdfLayout(PDDocument document, PDFont font, String footer) {
        this.document = document;
        this.font = font;
        this.footer = footer;
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        pages++;
        y = PDRectangle.A4.getHeight() - MARGIN;
        text(footer + "  第 " + pages + " 页 (page " + pages + ")", MARGIN, MARGIN / 2, 7);
    }

    private void room(float height) throws IOException {
        if (content == null || y - height < MARGIN) {
            newPage();
        }
    }

    void title(String text) throws IOException {
        lines(text, 16, 0);
        gap(4);
    }

    void heading(String text) throws IOException {
        gap(6);
        lines(text, 12, 0);
        rule();
    }

    void paragraph(String text) throws IOException {
        lines(text, BODY, 0);
    }

    void small(String text) throws IOException {
        lines(text, 8, 0);
    }

    void indented(String text) throws IOException {
        lines(text, BODY, 14);
    }

    /** A label and its value on one line, the value wrapped under itself. */
    void field(String label, String value) throws IOException {
        float labelWidth = 110;
        List<String> wrapped =
                wrap(printable(value == null || value.isEmpty() ? "—" : value), BODY, width() - labelWidth);
        room(BODY * LEADING);
        text(label, MARGIN, y - BODY, BODY);
        for (String line : wrapped) {
            room(BODY * LEADING);
            text(line, MARGIN + labelWidth, y - BODY, BODY);
            y -= BODY * LEADING;
        }
    }

    void gap(float points) {
        y -= points;
    }

    void rule() throws IOException {
        room(4);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, y - 2);
        content.lineTo(MARGIN + width(), y - 2);
        content.stroke();
        y -= 6;
    }

    /** An image of {@code size}×{@code size} points with a caption to its right. */
    void image(BufferedImage image, float size, List<String> caption) throws IOException {
        room(size + 4);
        PDImageXObject x = LosslessFactory.createFromImage(document, image);
        content.drawImage(x, MARGIN, y - size, size, size);
        float cy = y - BODY;
        for (String line : caption) {
            for (String part : wrap(printable(line), 8, width() - size - 12)) {
                text(part, MARGIN + size + 12, cy, 8);
                cy -= 8 * LEADING;
            }
        }
        y -= size + 4;
    }

    private void lines(String text, float size, float indent) throws IOException {
        for (String line : wrap(printable(text), size, width() - indent)) {
            room(size * LEADING);
            text(line, MARGIN + indent, y - size, size);
            y -= size * LEADING;
        }
    }

    private void text(String text, float x, float baseline, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    /** Lines of at most {@code max} points, broken at spaces where a word fits, else at any character. */
    List<String> wrap(String text, float size, float max) throws IOException {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            int lastSpace = -1;
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float w = font.getStringWidth(ch) / 1000 * size;
                if (lineWidth + w > max && !line.isEmpty()) {
                    if (lastSpace > 0 && cp != ' ') {
                        String rest = line.substring(lastSpace + 1);
                        out.add(line.substring(0, lastSpace));
                        line = new StringBuilder(rest);
                        lineWidth = font.getStringWidth(rest) / 1000 * size;
                    } else {
                        out.add(line.toString());
                        line = new StringBuilder();
                        lineWidth = 0;
                    }
                    lastSpace = -1;
                    if (cp == ' ') {
                        i += Character.charCount(cp);
                        continue;
                    }
                }
                if (cp == ' ') {
                    lastSpace = line.length();
                }
                line.append(ch);
                lineWidth += w;
                i += Character.charCount(cp);
            }
            out.add(line.toString());
        }
        return out;
    }

    /** The text with every character the font cannot set replaced by {@code ?}, tabs and controls by spaces. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (encodable.computeIfAbsent(cp, this::canEncode)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean canEncode(int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return font.getStringWidth(new String(Character.toChars(cp))) >= 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
