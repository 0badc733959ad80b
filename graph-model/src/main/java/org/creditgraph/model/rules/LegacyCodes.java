package org.creditgraph.model.rules;

import java.util.Optional;

/**
 * D1, legacy identifiers that lists of 2016–2018 give instead of a USCC.
 *
 * <ul>
 *   <li>Organisation code (组织机构代码, GB 11714-1997): 8 body characters (digits or upper-case
 *       letters, A = 10 … Z = 35) and a check character. Weights 3,7,9,10,5,8,4,2; check = 11 −
 *       (Σ value·weight mod 11), 10 becomes {@code X}, 11 becomes {@code 0}. The USCC embeds it at
 *       positions 9–17 (GB 32100-2015), so a listing with only an organisation code links to the
 *       enterprise whose USCC carries it.
 *   <li>Registration number (工商注册号, GS 15-2006): 15 digits, the last a check digit by ISO 7064
 *       MOD 11,10. Numbers issued before 2007 may fail the check: kept with a warning, as for USCCs.
 * </ul>
 */
public final class LegacyCodes {

    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private LegacyCodes() {}

    /** The outcome of checking one legacy code: a problem (malformed) or whether the check passes. */
    public record Check(Optional<String> problem, boolean checkDigitValid) {
        public boolean wellFormed() {
            return problem.isEmpty();
        }

        public boolean valid() {
            return problem.isEmpty() && checkDigitValid;
        }

        static Check malformed(String problem) {
            return new Check(Optional.of(problem), false);
        }
    }

    /** Folds full-width characters, removes spaces and hyphens ({@code 66312847-8}), upper-cases. */
    public static String normalise(String raw) {
        return Uscc.normalise(raw).replace("-", "");
    }

    /** D1 (GB 11714): the check character for the 8 body characters of an organisation code. */
    public static char orgCodeCheckCharacter(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += value(body.charAt(i)) * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** D1 (GB 11714): an organisation code, 9 characters after {@link #normalise}. */
    public static Check orgCode(String code) {
        if (code == null || code.length() != 9) {
            return Check.malformed(
                    "an organisation code (组织机构代码) has 9 characters, got " + (code == null ? 0 : code.length()));
        }
        for (int i = 0; i < 8; i++) {
            char c = code.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                return Check.malformed("'" + c + "' at position " + (i + 1) + " of an organisation code");
            }
        }
        char last = code.charAt(8);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Check.malformed("'" + last + "' at position 9 of an organisation code (a digit or X)");
        }
        return new Check(Optional.empty(), orgCodeCheckCharacter(code) == last);
    }

    /** D1 (GS 15-2006, ISO 7064 MOD 11,10): the check digit for the first 14 digits of a registration number. */
    public static char registrationCheckDigit(CharSequence first14) {
        int p = 10;
        for (int i = 0; i < 14; i++) {
            int s = p % 11 + (first14.charAt(i) - '0');
            int r = s % 10;
            p = (r == 0 ? 10 : r) * 2;
        }
        int check = (11 - p % 11) % 10;
        return (char) ('0' + check);
    }

    /** D1 (GS 15-2006): a 15-digit business registration number. */
    public static Check registrationNumber(String code) {
        if (code == null || code.length() != 15) {
            return Check.malformed(
                    "a registration number (工商注册号) has 15 digits, got " + (code == null ? 0 : code.length()));
        }
        for (int i = 0; i < 15; i++) {
            if (!Character.isDigit(code.charAt(i)) || code.charAt(i) > '9') {
                return Check.malformed(
                        "'" + code.charAt(i) + "' at position " + (i + 1) + " of a registration number (digits only)");
            }
        }
        return new Check(Optional.empty(), registrationCheckDigit(code) == code.charAt(14));
    }

    /** GB 32100: the organisation code a USCC embeds at positions 9–17, or empty for a malformed USCC. */
    public static Optional<String> orgCodeOf(String uscc) {
        return uscc != null && uscc.length() == 18 ? Optional.of(uscc.substring(8, 17)) : Optional.empty();
    }

    private static int value(char c) {
        return c <= '9' ? c - '0' : c - 'A' + 10;
    }
}
