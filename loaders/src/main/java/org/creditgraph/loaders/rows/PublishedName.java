package org.creditgraph.loaders.rows;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditgraph.model.rules.TextNormaliser;
import org.creditgraph.model.rules.Uscc;

/**
 * The name of a subject as a foreign list publishes it (World Bank): {@code "HUNAN CONSTRUCTION
 * GROUP CO., LTD.(湖南建设集团有限公司) *301"} is the name, a Chinese name (in brackets, or appended
 * without them: {@code "...CO., LTD.河北秉正建筑工程有限公司"}) and a {@code *NNN} case number.
 *
 * <p>{@code name}: the published name without the case number, whitespace runs made single spaces;
 * {@code nameZh}: the first run of Chinese text with its balanced inner brackets ({@code
 * 河南省地矿建设工程(集团)有限公司}), null if none; {@code caseNumber}: the digits after {@code *}, null
 * if none; {@code publishedCode}: a well-formed 18-character USCC the name quotes ("Reg. No.:
 * 91371000783474308T"), null if none — a hint for entity matching, never a link by itself.
 */
public record PublishedName(String name, String nameZh, String caseNumber, String publishedCode) {

    private static final Pattern CASE_NUMBER = Pattern.compile("\\s*\\*\\s*(\\d+)");
    private static final Pattern CODE = Pattern.compile("(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])");

    public static PublishedName parse(String published) {
        String text = TextNormaliser.fold(published).replaceAll("\\s+", " ");
        Matcher caseNumber = CASE_NUMBER.matcher(text);
        String number = null;
        if (caseNumber.find()) {
            number = caseNumber.group(1);
            text = (text.substring(0, caseNumber.start()) + " " + text.substring(caseNumber.end()))
                    .replaceAll("\\s+", " ")
                    .strip();
        }
        String code = null;
        Matcher codes = CODE.matcher(text);
        while (code == null && codes.find()) {
            if (Uscc.check(codes.group()).wellFormed()) {
                code = codes.group();
            }
        }
        return new PublishedName(text, chinese(text), number, code);
    }

    // The first run of Han characters, with brackets nested inside it; stops at text outside them.
    private static String chinese(String text) {
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            if (han(text.charAt(i))) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (!han(ch) && depth == 0) {
                break;
            }
            run.append(ch);
        }
        String zh = run.toString();
        while (depth-- > 0) {
            zh = zh.substring(0, zh.lastIndexOf('(')); // an unclosed bracket: keep what precedes it
        }
        zh = TextNormaliser.compact(zh);
        return zh.isEmpty() ? null : zh;
    }

    private static boolean han(char ch) {
        return Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN;
    }
}
