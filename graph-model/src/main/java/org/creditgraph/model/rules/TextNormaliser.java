package org.creditgraph.model.rules;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folding of full-width characters (ＡＢＣ１２３（）) to half-width, used for codes, headers and
 * names (D1). NFKC is the Unicode normalisation that performs exactly this compatibility folding.
 */
public final class TextNormaliser {

    private TextNormaliser() {}

    /** Full-width folded and trimmed; inner spaces kept. The ideographic space counts as space. */
    public static String fold(String raw) {
        if (raw == null) {
            return "";
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    }

    /** For identifiers: folded, every whitespace removed, upper-cased. */
    public static String code(String raw) {
        return fold(raw).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** For names and headers: folded, runs of whitespace removed entirely (OCR adds them in CJK text). */
    public static String compact(String raw) {
        return fold(raw).replaceAll("\\s+", "");
    }
}
