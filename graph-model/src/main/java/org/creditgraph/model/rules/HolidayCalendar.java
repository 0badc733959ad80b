package org.creditgraph.model.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * D10: the official holiday calendar (法定节假日与调休) as data, one set of entries per year, taken
 * from that year's 国务院办公厅关于部分节假日安排的通知. A day listed as {@link Kind#HOLIDAY} is not a
 * working day even on a weekday; a weekend day listed as {@link Kind#WORKDAY} (调休上班) is a working
 * day. Every other day is a working day from Monday to Friday.
 *
 * <p>A year is <em>covered</em> when its entries were given (a file {@code cn-YYYY.csv}), even if
 * empty. For a year that is not covered, {@link WorkingDays} counts Monday to Friday only, and
 * callers must say so (the report names the missing years): it is never a silent guess.
 *
 * <p>File format (UTF-8): lines starting with {@code #} are comments, blank lines are ignored, the
 * first other line is the header {@code date,kind,name}; then one line per day: an ISO date, {@code
 * HOLIDAY} or {@code WORKDAY}, and an optional name (may contain commas). Entries of the file for
 * year Y lie in Y, or in December of Y−1 when the notice moves the days around New Year (2019's 元旦:
 * 2018-12-29 worked, 2018-12-30 and 31 off). A WORKDAY must be a Saturday or Sunday (a weekday is a
 * working day anyway, so such a line is a mistake); a date may appear once.
 */
public final class HolidayCalendar {

    /** What a listed day is. */
    public enum Kind {
        /** 放假: not a working day, also on a weekday. */
        HOLIDAY,
        /** 调休上班: a Saturday or Sunday worked. */
        WORKDAY
    }

    /** One listed day. */
    public record Entry(LocalDate date, Kind kind, String name) {}

    private static final HolidayCalendar EMPTY = new HolidayCalendar(new TreeMap<>(), new TreeMap<>());

    /** Year of the notice (file) → its entries, in file order. */
    private final NavigableMap<Integer, List<Entry>> years;
    /** All entries by date. */
    private final NavigableMap<LocalDate, Entry> days;

    private HolidayCalendar(NavigableMap<Integer, List<Entry>> years, NavigableMap<LocalDate, Entry> days) {
        this.years = years;
        this.days = days;
    }

    /** A calendar that covers no year: every computation is Monday to Friday (and says so). */
    public static HolidayCalendar empty() {
        return EMPTY;
    }

    /**
     * This calendar with the entries of {@code year} set (replacing those it had for that year).
     * Throws {@link IllegalArgumentException} when an entry breaks the rules of the format or two
     * years list the same date.
     */
    public HolidayCalendar withYear(int year, Collection<Entry> entries) {
        NavigableMap<Integer, List<Entry>> next = new TreeMap<>(years);
        next.put(year, List.copyOf(entries));
        NavigableMap<LocalDate, Entry> all = new TreeMap<>();
        for (Map.Entry<Integer, List<Entry>> y : next.entrySet()) {
            for (Entry e : y.getValue()) {
                validate(y.getKey(), e);
                Entry before = all.put(e.date(), e);
                if (before != null) {
                    throw new IllegalArgumentException("holiday calendar: " + e.date() + " is listed twice ("
                            + before.kind() + " and " + e.kind() + ")");
                }
            }
        }
        return new HolidayCalendar(next, all);
    }

    /** Whether the entries of this year were given. */
    public boolean covers(int year) {
        return years.containsKey(year);
    }

    /** The years covered, ascending. */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    /** The listed day, or null for an ordinary day. */
    public Entry entry(LocalDate date) {
        return days.get(date);
    }

    /** The listed days in {@code (from, to]}, by date. */
    public Collection<Entry> entriesAfterUpTo(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        return days.subMap(from, false, to, true).values();
    }

    /** The years in {@code [from.year, to.year]} that this calendar does not cover, ascending. */
    public List<Integer> missingYears(LocalDate from, LocalDate to) {
        List<Integer> missing = new ArrayList<>();
        for (int y = Math.min(from.getYear(), to.getYear()); y <= Math.max(from.getYear(), to.getYear()); y++) {
            if (!covers(y)) {
                missing.add(y);
            }
        }
        return missing;
    }

    /**
     * Parses the text of one year's file (see the class comment). {@code source} names the file in
     * error messages, which give the line number.
     */
    public static List<Entry> parse(int year, String source, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + (i + 1) + ": ";
            String[] cells = line.split(",", 3);
            if (!header) {
                if (cells.length < 2
                        || !cells[0].strip().equalsIgnoreCase("date")
                        || !cells[1].strip().equalsIgnoreCase("kind")) {
                    throw new IllegalArgumentException(where + "the header must be date,kind,name; got '" + line + "'");
                }
                header = true;
                continue;
            }
            if (cells.length < 2) {
                throw new IllegalArgumentException(where + "expected date,kind[,name]; got '" + line + "'");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(cells[0].strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + "date must be yyyy-MM-dd; got '" + cells[0].strip() + "'");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(cells[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        where + "kind must be HOLIDAY or WORKDAY; got '" + cells[1].strip() + "'");
            }
            Entry entry = new Entry(date, kind, cells.length > 2 ? cells[2].strip() : "");
            try {
                validate(year, entry);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage());
            }
            entries.add(entry);
        }
        if (!header) {
            throw new IllegalArgumentException(source + ": no header line date,kind,name");
        }
        return entries;
    }

    private static void validate(int year, Entry e) {
        LocalDate d = e.date();
        boolean inYear = d.getYear() == year;
        boolean previousDecember = d.getYear() == year - 1 && d.getMonthValue() == 12;
        if (!inYear && !previousDecember) {
            throw new IllegalArgumentException(d + " does not belong to the calendar of " + year + " (only " + year
                    + " and December " + (year - 1) + ")");
        }
        if (e.kind() == Kind.WORKDAY && !weekend(d)) {
            throw new IllegalArgumentException("WORKDAY " + d + " is a " + d.getDayOfWeek()
                    + ": only a Saturday or Sunday can be a 调休 working day");
        }
    }

    static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
