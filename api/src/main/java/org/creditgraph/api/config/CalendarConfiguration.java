package org.creditgraph.api.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.creditgraph.model.calendar.CalendarFiles;
import org.creditgraph.model.rules.WorkingDays;
import org.creditgraph.model.store.DisclosureStore;
import org.creditgraph.model.store.Graph;
import org.creditgraph.model.store.PenaltyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * D10: the holiday calendar (shipped {@code calendar/cn-YYYY.csv}, plus the files of {@code
 * creditgraph.calendar-dir} / {@code CREDITGRAPH_CALENDAR_DIR}) and the disclosure store. A malformed
 * calendar file or a missing directory stops the start; a current year without a calendar is
 * logged, and every report touching such a year says so.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    WorkingDays workingDays(@Value("${creditgraph.calendar-dir:}") String calendarDir) {
        Optional<Path> dir = calendarDir == null || calendarDir.isBlank()
                ? Optional.empty()
                : Optional.of(Path.of(calendarDir.strip()));
        CalendarFiles.Loaded loaded = CalendarFiles.load(dir);
        var years = loaded.calendar().years();
        log.info(
                "Holiday calendar (D10): {} years, {} to {}{}",
                years.size(),
                years.isEmpty() ? "-" : years.first(),
                years.isEmpty() ? "-" : years.last(),
                dir.map(d -> ", directory " + d).orElse(""));
        int thisYear = LocalDate.now(PenaltyStore.ZONE).getYear();
        if (!loaded.calendar().covers(thisYear)) {
            log.warn(
                    "no holiday calendar for {}: disclosure deadlines in {} count Monday to Friday only;"
                            + " add {} to creditgraph.calendar-dir (CREDITGRAPH_CALENDAR_DIR)",
                    thisYear,
                    thisYear,
                    CalendarFiles.fileName(thisYear));
        }
        return new WorkingDays(loaded.calendar());
    }

    @Bean
    DisclosureStore disclosureStore(Graph graph) {
        return new DisclosureStore(graph);
    }
}
