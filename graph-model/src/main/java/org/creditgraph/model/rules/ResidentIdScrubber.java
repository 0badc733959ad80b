package org.creditgraph.model.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * D1/D12: finds resident ID numbers in any text and masks them, so that a number a careless source
 * put into a name, a code or a free-text column (违法事实, 处罚内容, 备注, ...) is never stored or
 * echoed raw. A resident ID here is 18 characters, 17 digits and a digit or X (full-width or
 * lower-case too), with a valid D1 check character and a real birth date in positions 7..14, that
 * is not part of a longer run of digits (nor of a hexadecimal digest). Each is replaced by its D12 masked form ({@link
 * ResidentId#mask}: {@code 110105********002X}).
 *
 * <p>Eighteen digits can also be a USCC (an enterprise's code is public): one that passes both
 * checks is masked only when it looks like a person's number ({@link #isResidentIdRatherThanUscc}),
 * which every real resident ID number does, so that a 91... enterprise code quoted in a text (or
 * in a key) stays as it is.
 */
public final class ResidentIdScrubber {

    // Digits on either side would make the 18 characters part of a longer number (a 19-digit run).
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9０-９])[0-9０-９]{17}[0-9０-９XxＸｘ](?![0-9０-９])");

    private static final int DIGEST_LENGTH = 24;

    /** GB/T 2260 province-level codes, the first two digits of every resident ID number. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83");

    private ResidentIdScrubber() {}

    /**
     * A text with every resident ID number masked, and the masked forms of those found (in order).
     */
    public record Result(String text, List<String> masked) {

        public boolean changed() {
            return !masked.isEmpty();
        }
    }

    /** D12: every resident ID number in {@code text} replaced by its masked form. */
    public static Result scrub(String text) {
        return scrub(text, ResidentId::mask);
    }

    /**
     * Every resident ID number in {@code text} replaced by {@code replacement} of the normalised
     * number (for D12 it must be {@link ResidentId#mask} or hold no more of the number than it).
     */
    public static Result scrub(String text, UnaryOperator<String> replacement) {
        if (text == null || text.length() < 18) {
            return new Result(text, List.of());
        }
        Matcher matcher = CANDIDATE.matcher(text);
        List<String> masked = new ArrayList<>(1);
        StringBuilder out = null;
        while (matcher.find()) {
            String number = ResidentId.normalise(matcher.group());
            if (!isResidentIdRatherThanUscc(number) || insideDigest(text, matcher.start(), matcher.end())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            String mask = replacement.apply(number);
            matcher.appendReplacement(out, Matcher.quoteReplacement(mask));
            masked.add(mask);
        }
        if (out == null) {
            return new Result(text, List.of());
        }
        matcher.appendTail(out);
        return new Result(out.toString(), List.copyOf(masked));
    }

    /**
     * Whether the match lies in a hexadecimal digest (a run of at least 24 lower-case hex characters
     * with a letter in it, such as the keyed hashes, opaque person ids and checksums this system
     * stores): eighteen of its digits in a row are no one's number, and changing them would break
     * the key.
     */
    private static boolean insideDigest(String text, int start, int end) {
        int from = start;
        while (from > 0 && isLowerHex(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && isLowerHex(text.charAt(to))) {
            to++;
        }
        if (to - from < DIGEST_LENGTH) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 'a') {
                return true;
            }
        }
        return false;
    }

    private static boolean isLowerHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    /** {@link #scrub(String)}'s text. */
    public static String masked(String text) {
        return scrub(text).text();
    }

    /** GB/T 2260: whether two digits are a province-level code (the first two of every ID number). */
    public static boolean isProvince(String twoDigits) {
        return PROVINCES.contains(twoDigits);
    }

    /** D1: a normalised 18-character number with a valid check character and a real birth date. */
    public static boolean isResidentId(String normalised) {
        return normalised != null && ResidentId.problem(normalised).isEmpty();
    }

    /**
     * D1/D12: whether a whole identifier cell (normalised) is a person's resident ID number rather
     * than an enterprise's USCC. A resident ID number is made only of characters a USCC may use, and
     * one in 31 also passes the USCC check, so passing the USCC check alone does not make it a USCC.
     * A number valid under both rules is taken as a resident ID when it also looks like one: its
     * first two digits are a province (a USCC's are its registering body and type: 91 enterprise,
     * 92 个体工商户, 93 cooperative, which are no province) and its birth year is 1800..2099 (a USCC
     * has the last two digits of its region code there, rarely 18..20).
     */
    public static boolean isResidentIdRatherThanUscc(String normalised) {
        if (!isResidentId(normalised)) {
            return false;
        }
        if (!Uscc.check(normalised).valid()) {
            return true;
        }
        int year = Integer.parseInt(normalised.substring(6, 10));
        return PROVINCES.contains(normalised.substring(0, 2)) && year >= 1800 && year <= 2099;
    }
}
