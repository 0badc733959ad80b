package org.creditgraph.loaders.generate;

import java.time.LocalDate;
import org.creditgraph.loaders.generate.RefData.Authority;
import org.creditgraph.loaders.generate.RefData.District;

/**
 * Sequence numbers of decisions (per authority and year) and accidents (per district and year),
 * handed out in generation order so that they are unique and deterministic.
 */
final class Numbering {

    private static final int FIRST_YEAR = 2010;
    private static final int YEARS = 30;

    private final int[][] decisions = new int[RefData.AUTHORITIES.size()][YEARS];
    private final int[][] accidents = new int[RefData.DISTRICTS.size()][YEARS];
    private String lastAccident;

    /** A decision number such as {@code 甘应急罚〔2023〕12号} (or {@code 石应急罚字〔2023〕第12号}). */
    String decision(Authority a, LocalDate decidedOn) {
        int year = decidedOn.getYear();
        int n = ++decisions[a.index()][slot(year)];
        String prefix = decidedOn.isBefore(RefData.REFORM) ? a.oldPrefix() : a.prefix();
        StringBuilder b = new StringBuilder(24).append(prefix);
        if (a.wordy()) {
            b.append("字〔").append(year).append("〕第").append(n).append('号');
        } else {
            b.append('〔').append(year).append('〕').append(n).append('号');
        }
        return b.toString();
    }

    /** An accident number such as {@code SG-620102-2023-0007}. */
    String accident(District d, LocalDate occurredOn) {
        int year = occurredOn.getYear();
        int n = ++accidents[d.index()][slot(year)];
        StringBuilder b = new StringBuilder(20)
                .append("SG-")
                .append(d.code())
                .append('-')
                .append(year)
                .append('-');
        if (n < 1000) {
            b.append('0');
        }
        if (n < 100) {
            b.append('0');
        }
        if (n < 10) {
            b.append('0');
        }
        String number = b.append(n).toString();
        lastAccident = number;
        return number;
    }

    /** The last accident number handed out, or null. */
    String lastAccident() {
        return lastAccident;
    }

    private static int slot(int year) {
        return Math.floorMod(year - FIRST_YEAR, YEARS);
    }
}
