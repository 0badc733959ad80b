package org.creditgraph.model.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.creditgraph.model.rules.HolidayCalendar;

/**
 * D10: reads the holiday calendar files. The project ships {@code calendar/cn-YYYY.csv} on the
 * classpath (one per year, from the State Council's annual notice); a directory given by the
 * operator ({@code creditgraph.calendar-dir}, env {@code CREDITGRAPH_CALENDAR_DIR}) adds years, and a
 * file there for a shipped year replaces the shipped one. The format is described in {@link
 * HolidayCalendar}; a malformed file stops the start with its name and line.
 */
public final class CalendarFiles {

    /** Classpath folder of the shipped files. */
    public static final String RESOURCE_DIR = "calendar/";

    static final Pattern FILE_NAME = Pattern.compile("cn-(\\d{4})\\.csv");

    /** Shipped files are looked for in these years. */
    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2199;

    private CalendarFiles() {}

    /** Where one year's entries came from. */
    public record Source(int year, String location) {}

    /** The calendar and where each year came from. */
    public record Loaded(HolidayCalendar calendar, List<Source> sources) {}

    /** The shipped files, then those of {@code directory} when given. */
    public static Loaded load(Optional<Path> directory) {
        TreeMap<Integer, Source> sources = new TreeMap<>();
        TreeMap<Integer, List<HolidayCalendar.Entry>> years = new TreeMap<>();
        ClassLoader loader = CalendarFiles.class.getClassLoader();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            String name = RESOURCE_DIR + fileName(year);
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in != null) {
                    List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .toList();
                    years.put(year, HolidayCalendar.parse(year, name, lines));
                    sources.put(year, new Source(year, "classpath:" + name));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (directory.isPresent()) {
            Path dir = directory.get();
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(
                        "holiday calendar directory " + dir + " (creditgraph.calendar-dir) is not a directory");
            }
            List<Path> files = new ArrayList<>();
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches())
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path file : files) {
                Matcher m = FILE_NAME.matcher(file.getFileName().toString());
                m.matches();
                int year = Integer.parseInt(m.group(1));
                try {
                    years.put(year, HolidayCalendar.parse(year, file.toString(), Files.readAllLines(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read holiday calendar " + file, e);
                }
                sources.put(year, new Source(year, file.toString()));
            }
        }
        HolidayCalendar calendar = HolidayCalendar.empty();
        for (var year : years.entrySet()) {
            calendar = calendar.withYear(year.getKey(), year.getValue());
        }
        return new Loaded(calendar, List.copyOf(sources.values()));
    }

    /** {@code cn-YYYY.csv}. */
    public static String fileName(int year) {
        return String.format("cn-%04d.csv", year);
    }
}
