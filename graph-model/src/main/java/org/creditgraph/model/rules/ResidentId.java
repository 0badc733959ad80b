package org.creditgraph.model.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** D1: resident identity card number (居民身份证号码, GB 11643-1999): 17 digits and a check. */
public final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECKS = "10X98765432";

    private ResidentId() {}

    public static String normalise(String raw) {
        return raw == null ? "" : TextNormaliser.code(raw);
    }

    /** D1: the check character for 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECKS.charAt(sum % 11);
    }

    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** D1: the problem with a normalised number, or empty when it is valid. */
    public static Optional<String> problem(String number) {
        if (number.length() != 18) {
            return Optional.of("resident ID number must have 18 characters, got " + number.length());
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(number.charAt(i)) || number.charAt(i) > '9') {
                return Optional.of("position " + (i + 1) + " of a resident ID number must be a digit");
            }
        }
        char last = number.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Optional.of("position 18 of a resident ID number must be a digit or X");
        }
        try {
            LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("positions 7-14 of a resident ID number must be a real birth date");
        }
        if (checkCharacter(number) != last) {
            return Optional.of("check character at position 18 should be " + checkCharacter(number));
        }
        return Optional.empty();
    }

    /** D12: first 6 and last 4 kept, the rest masked: {@code 110105********002X}. */
    public static String mask(String number) {
        if (number.length() <= 10) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }
}
