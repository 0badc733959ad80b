package org.creditgraph.model.rules;

import java.util.Optional;

/**
 * D1: Unified Social Credit Code (统一社会信用代码, GB 32100-2015). 18 characters from the 31-symbol
 * alphabet below (no I, O, S, V, Z); the 18th is a check character over the first 17.
 */
public final class Uscc {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** D1: 个体工商户 without a code are published with 17 zeros and an X; that is "no code". */
    static final String PLACEHOLDER = "00000000000000000X";

    private Uscc() {}

    /** Trims, removes inner whitespace, folds full-width characters and upper-cases (D1). */
    public static String normalise(String raw) {
        return raw == null ? "" : TextNormaliser.code(raw);
    }

    /** D1: the check character for the first 17 characters; they must be in the alphabet. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** Appends the D1 check character to 17 valid characters. */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }

    /**
     * D1 validation of an already normalised code: {@link Check#problem()} is empty for a
     * well-formed code; {@link Check#checkDigitValid()} tells whether its check character agrees.
     */
    public static Check check(String code) {
        if (code.length() != 18) {
            return Check.malformed("USCC must have 18 characters, got " + code.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Check.malformed("character '" + code.charAt(i) + "' at position " + (i + 1)
                        + " is not allowed in a USCC (allowed: 0-9 and A-Y except I, O, S, V, Z)");
            }
        }
        char expected = checkCharacter(code);
        return new Check(Optional.empty(), code.charAt(17) == expected, expected);
    }

    /** D1: the placeholder of a 个体工商户 without code counts as absent. */
    public static boolean isPlaceholder(String normalisedCode) {
        return PLACEHOLDER.equals(normalisedCode);
    }

    /** Result of {@link #check(String)}. */
    public record Check(Optional<String> problem, boolean checkDigitValid, char expectedCheckCharacter) {
        static Check malformed(String problem) {
            return new Check(Optional.of(problem), false, ' ');
        }

        public boolean wellFormed() {
            return problem.isEmpty();
        }

        public boolean valid() {
            return wellFormed() && checkDigitValid;
        }
    }
}
