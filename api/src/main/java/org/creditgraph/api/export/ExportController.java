package org.creditgraph.api.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.security.Callers;
import org.creditgraph.api.security.ErrorResponses;
import org.creditgraph.model.ListingStatus;
import org.creditgraph.model.Penalty;
import org.creditgraph.model.Subject;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.AccidentGrade;
import org.creditgraph.model.rules.PenaltyType;
import org.creditgraph.model.store.AccidentStore;
import org.creditgraph.model.store.EnterpriseStore;
import org.creditgraph.model.store.ListingStore;
import org.creditgraph.model.store.PenaltyStore;
import org.creditgraph.model.store.PersonStore;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk exports (contract §5): {@code GET /export/{penalties|accidents|listings|enterprises}.{csv|ndjson}}
 * with the GraphQL filter fields as query parameters, and {@code GET /export/ftm.ndjson}. The
 * caller's rights apply exactly as on the connections, because the rows come from the same stores
 * with the same filter and visibility predicates (D6: anonymous callers get only publicly disclosed
 * penalties; D12: masked names, never an ID number). Rows are read in keyset pages and written to the
 * response as they come, so memory stays flat whatever the size of the export.
 */
@RestController
public class ExportController {

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String NDJSON = "application/x-ndjson";

    private final PenaltyStore penalties;
    private final AccidentStore accidents;
    private final ListingStore listings;
    private final EnterpriseStore enterprises;
    private final PersonStore persons;
    private final int pageSize;

    public ExportController(
            PenaltyStore penalties,
            AccidentStore accidents,
            ListingStore listings,
            EnterpriseStore enterprises,
            PersonStore persons,
            @Value("${creditgraph.export.page-size:5000}") int pageSize) {
        this.penalties = penalties;
        this.accidents = accidents;
        this.listings = listings;
        this.enterprises = enterprises;
        this.persons = persons;
        this.pageSize = pageSize;
    }

    /** Writes all rows of an export to a stream and returns their number. */
    @FunctionalInterface
    private interface Export {
        long writeTo(OutputStream out) throws IOException;
    }

    @GetMapping("/export/{name}.{format}")
    public void export(
            @PathVariable String name,
            @PathVariable String format,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Viewer viewer = Callers.authenticated();
        LocalDate today = LocalDate.now(PenaltyStore.ZONE);
        Export export;
        try {
            export = plan(name, format, request.getParameterMap(), viewer, today);
        } catch (ApiException e) {
            ErrorResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, e.code(), e.getMessage());
            return;
        }
        if (export == null) {
            ErrorResponses.write(
                    response,
                    HttpServletResponse.SC_NOT_FOUND,
                    ErrorCode.BAD_USER_INPUT,
                    "no such export; use /export/{penalties|accidents|listings|enterprises}.{csv|ndjson}"
                            + " or /export/ftm.ndjson");
            return;
        }
        String tag = fileTag(request.getParameterMap());
        String file = name + (tag.isEmpty() ? "" : "-" + tag) + "-" + today.format(DateTimeFormatter.BASIC_ISO_DATE)
                + "." + format;
        response.setContentType(format.equals("csv") ? CSV : NDJSON);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        long started = System.nanoTime();
        OutputStream out = new BufferedOutputStream(response.getOutputStream(), 1 << 16);
        try {
            long rows = export.writeTo(out);
            out.flush();
            log.info(
                    "export {} for {} {}: {} rows in {} ms",
                    file,
                    viewer.role(),
                    viewer.name(),
                    rows,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            if (response.isCommitted()) {
                // Rows have gone out: all that can be done is to cut the download short.
                log.error("export {} failed after the response was committed", file, e);
                throw e;
            }
            response.reset();
            boolean down = e instanceof ServiceUnavailableException || e instanceof SessionExpiredException;
            String incident = UUID.randomUUID().toString();
            log.error("incident {} in export {}", incident, file, e);
            ErrorResponses.write(
                    response,
                    down ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    down ? ErrorCode.UNAVAILABLE : ErrorCode.INTERNAL,
                    down ? "the database is unavailable; retry later" : "internal error (incident " + incident + ")");
        }
    }

    /** The filter in the file name (codes, dates, enum names: never a name or free text). */
    private static String fileTag(Map<String, String[]> query) {
        return ExportParameters.of(query, query.keySet()).fileTag();
    }

    /** The export asked for, with every parameter checked before a byte is written; null when unknown. */
    private Export plan(String name, String format, Map<String, String[]> query, Viewer viewer, LocalDate today) {
        boolean csv = format.equals("csv");
        if (!csv && !format.equals("ndjson")) {
            return null;
        }
        return switch (name) {
            case "penalties" -> {
                var p = ExportParameters.of(
                        query,
                        Set.of(
                                "uscc",
                                "authorityUscc",
                                "regionCode",
                                "industryCode",
                                "types",
                                "decidedFrom",
                                "decidedTo",
                                "provinceCode",
                                "partyListed"));
                var filter = new PenaltyStore.Filter(
                        p.text("uscc"),
                        p.text("authorityUscc"),
                        p.text("regionCode"),
                        p.text("industryCode"),
                        p.enums("types", PenaltyType.class),
                        p.date("decidedFrom"),
                        p.date("decidedTo"),
                        p.text("provinceCode"),
                        p.bool("partyListed"));
                yield out -> rows(
                        out,
                        csv,
                        RecordTables.PENALTIES,
                        sink -> penalties.forEachPage(filter, viewer, pageSize, sink));
            }
            case "accidents" -> {
                var p = ExportParameters.of(
                        query,
                        Set.of(
                                "uscc",
                                "grades",
                                "regionCode",
                                "industryCode",
                                "occurredFrom",
                                "occurredTo",
                                "provinceCode"));
                var filter = new AccidentStore.Filter(
                        p.text("uscc"),
                        p.enums("grades", AccidentGrade.class),
                        p.text("regionCode"),
                        p.text("industryCode"),
                        p.date("occurredFrom"),
                        p.date("occurredTo"),
                        p.text("provinceCode"));
                yield out -> rows(
                        out,
                        csv,
                        RecordTables.ACCIDENTS,
                        sink -> accidents.forEachPage(filter, viewer, pageSize, sink));
            }
            case "listings" -> {
                var p = ExportParameters.of(query, Set.of("list", "code", "inForceOn", "status", "asOf", "name"));
                List<ListingStatus> status = p.enums("status", ListingStatus.class);
                if (status != null && status.size() > 1) {
                    throw ExportParameters.bad("parameter 'status' takes one of " + List.of(ListingStatus.values()));
                }
                var filter = new ListingStore.Filter(
                        p.text("list"),
                        p.text("code"),
                        p.date("inForceOn"),
                        status == null ? null : status.getFirst(),
                        p.date("asOf"),
                        p.text("name", 200));
                yield out -> rows(
                        out,
                        csv,
                        RecordTables.listings(today),
                        sink -> listings.forEachPage(filter, viewer, pageSize, sink));
            }
            case "enterprises" -> {
                var p = ExportParameters.of(query, Set.of("regionCode", "industryCode"));
                var filter = new EnterpriseStore.Filter(p.text("regionCode"), p.text("industryCode"));
                yield out -> rows(
                        out,
                        csv,
                        RecordTables.ENTERPRISES,
                        sink -> enterprises.forEachPage(filter, viewer, pageSize, sink));
            }
            case "ftm" -> {
                if (csv) {
                    yield null;
                }
                ExportParameters.of(query, Set.of());
                yield out -> followTheMoney(out, viewer, today);
            }
            default -> null;
        };
    }

    /** Reads pages from {@code scan} and writes each row, flushing after every page. */
    private static <T> long rows(
            OutputStream out,
            boolean csv,
            List<Column<T>> columns,
            java.util.function.ToLongFunction<Consumer<List<T>>> scan)
            throws IOException {
        RowWriter<T> writer = csv ? RowWriter.csv(out, columns) : RowWriter.ndjson(out, columns);
        long count = scan.applyAsLong(page -> {
            try {
                for (T row : page) {
                    writer.write(row);
                }
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
        return count;
    }

    /**
     * Companies page by page, each page followed by the Directorships and Ownerships into those
     * companies (two queries per page); then every Person; then every listing as a Sanction; then
     * every penalty decision as a Sanction (an unlinked party first, as a Person or LegalEntity);
     * then every accident as an Event. Every entity a relationship refers to is itself in the output.
     */
    private long followTheMoney(OutputStream out, Viewer viewer, LocalDate today) throws IOException {
        long[] count = {0};
        Consumer<Map<String, Object>> emit = entity -> {
            try {
                RowWriter.Ndjson.line(out, entity);
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        enterprises.forEachPage(EnterpriseStore.Filter.NONE, viewer, pageSize, page -> {
            List<String> usccs = page.stream().map(r -> r.enterprise().uscc()).toList();
            page.forEach(r -> emit.accept(FollowTheMoney.company(r)));
            persons.rolesIn(usccs, viewer)
                    .forEach((uscc, roles) -> roles.forEach(role -> emit.accept(FollowTheMoney.role(uscc, role))));
            persons.investorsOf(usccs, viewer)
                    .values()
                    .forEach(investments -> investments.forEach(i -> emit.accept(FollowTheMoney.investment(i))));
            flush(out);
        });
        persons.forEachPage(viewer, pageSize, page -> {
            page.forEach(p -> emit.accept(FollowTheMoney.person(p)));
            flush(out);
        });
        listings.forEachPage(ListingStore.Filter.NONE, viewer, pageSize, page -> {
            page.forEach(e -> FollowTheMoney.sanction(e, today).ifPresent(emit));
            flush(out);
        });
        penalties.forEachPage(PenaltyStore.Filter.NONE, viewer, pageSize, page -> {
            Map<String, Subject> parties =
                    penalties.parties(page.stream().map(Penalty::key).toList(), viewer);
            for (Penalty penalty : page) {
                Subject party = parties.get(penalty.key());
                if (party != null) {
                    emit.accept(FollowTheMoney.penalty(penalty, FollowTheMoney.subjectId(party)));
                } else {
                    Map<String, Object> named = FollowTheMoney.penaltyParty(penalty);
                    emit.accept(named);
                    emit.accept(FollowTheMoney.penalty(penalty, (String) named.get("id")));
                }
            }
            flush(out);
        });
        accidents.forEachPage(AccidentStore.Filter.NONE, viewer, pageSize, page -> {
            page.forEach(a -> emit.accept(FollowTheMoney.accident(a)));
            flush(out);
        });
        return count[0];
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
