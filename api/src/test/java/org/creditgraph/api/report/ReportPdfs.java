package org.creditgraph.api.report;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading a check report back: its text with PDFBox, the QR codes of a page with ZXing. */
public final class ReportPdfs {

    private ReportPdfs() {}

    public static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    /** The first page (0-based) whose text contains {@code text}. */
    public static int pageWith(PDDocument document, String text) throws IOException {
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(i + 1);
            stripper.setEndPage(i + 1);
            if (stripper.getText(document).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page contains " + text);
    }

    /** The texts of the QR codes drawn on the page, in drawing order. */
    public static List<String> qrCodes(PDPage page) throws IOException {
        List<String> found = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                BufferedImage img = image.getImage();
                int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
                var bitmap = new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)));
                try {
                    found.add(new QRCodeReader().decode(bitmap).getText());
                } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
                    throw new AssertionError("an image on the page is not a readable QR code", e);
                }
            }
        }
        return found;
    }
}
