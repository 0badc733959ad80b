package org.creditgraph.api.graphql;

import graphql.GraphQLContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.calendar.CalendarFiles;
import org.creditgraph.model.rules.Uscc;
import org.creditgraph.model.rules.WorkingDays;
import org.creditgraph.model.store.DisclosureStore;
import org.creditgraph.model.store.LoadRunStore;
import org.creditgraph.model.store.PageRequest;
import org.creditgraph.model.timeliness.TimelinessReport;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code disclosureTimeliness} (D10): per deciding authority, penalties published within 7 working
 * days. Open to every caller: counts cover all decisions of the period, the late publications listed
 * are those the caller may see (D6, in {@link DisclosureStore}). A year without a holiday calendar is
 * counted Monday to Friday and named in {@code calendarYearsMissing} and {@code
 * extensions.warnings}.
 */
@Controller
public class DisclosureTimelinessController {

    /** Longest period of one report: {@code to} must be before {@code from} + 5 years. */
    static final int MAX_RANGE_YEARS = 5;

    private final DisclosureStore store;
    private final WorkingDays workingDays;
    private final LoadRunStore runs;

    public DisclosureTimelinessController(DisclosureStore store, WorkingDays workingDays, LoadRunStore runs) {
        this.store = store;
        this.workingDays = workingDays;
        this.runs = runs;
    }

    /** GraphQL {@code DisclosureTimeliness}. */
    public record DisclosureTimelinessView(
            LocalDate from,
            LocalDate to,
            int deadlineWorkingDays,
            int decisions,
            int publishedOnTime,
            int publishedLate,
            int publicationDateUnknown,
            List<TimelinessReport.AuthorityTimeliness> authorities,
            List<Integer> calendarYearsMissing,
            String dataVersion) {}

    @QueryMapping
    public DisclosureTimelinessView disclosureTimeliness(
            @Argument LocalDate from, @Argument LocalDate to, @Argument String authorityUscc, GraphQLContext context) {
        return report(from, to, authorityUscc, Callers.of(context), warning -> ResponseWarnings.add(context, warning));
    }

    DisclosureTimelinessView report(
            LocalDate from,
            LocalDate to,
            String authorityUscc,
            Viewer viewer,
            java.util.function.Consumer<String> warn) {
        if (from.isAfter(to)) {
            throw new ApiException(
                    ErrorCode.BAD_USER_INPUT, "from (" + from + ") is after to (" + to + ")", Map.of("field", "from"));
        }
        if (!to.isBefore(from.plusYears(MAX_RANGE_YEARS))) {
            throw new ApiException(
                    ErrorCode.BAD_USER_INPUT,
                    "the period from " + from + " to " + to + " is too long: at most " + MAX_RANGE_YEARS
                            + " years per report (to must be before " + from.plusYears(MAX_RANGE_YEARS) + ")",
                    Map.of("field", "to"));
        }
        String authority = null;
        if (authorityUscc != null && !authorityUscc.isBlank()) {
            authority = Uscc.normalise(authorityUscc);
            Uscc.Check check = Uscc.check(authority);
            if (!check.wellFormed()) {
                throw new ApiException(
                        ErrorCode.INVALID_USCC,
                        "authorityUscc: " + check.problem().orElseThrow(),
                        Map.of("field", "authorityUscc"));
            }
            if (!check.checkDigitValid()) {
                warn.accept("authorityUscc " + authority + " fails the D1 check digit (expected "
                        + check.expectedCheckCharacter() + " at position 18); looked up as given");
            }
        }
        var report = TimelinessReport.build(from, to, store.decided(from, to, authority, viewer), workingDays);
        for (int year : report.missingCalendarYears()) {
            warn.accept("no holiday calendar for " + year + ": working days in " + year
                    + " counted Monday to Friday only (add " + CalendarFiles.fileName(year)
                    + " to creditgraph.calendar-dir)");
        }
        return new DisclosureTimelinessView(
                report.from(),
                report.to(),
                report.deadlineWorkingDays(),
                report.decisions(),
                report.publishedOnTime(),
                report.publishedLate(),
                report.publicationDateUnknown(),
                report.authorities(),
                report.missingCalendarYears(),
                runs.dataVersion().orElse("empty"));
    }

    /** The late publications of one authority, longest delay first; {@code first} 20 by default, at most 100. */
    @SchemaMapping(typeName = "AuthorityTimeliness", field = "late")
    public List<TimelinessReport.LatePublication> late(
            TimelinessReport.AuthorityTimeliness authority, @Argument Integer first) {
        int size = PageRequest.of(first, null).first();
        return authority.late().subList(0, Math.min(size, authority.late().size()));
    }
}
