package org.creditgraph.loaders.rows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.creditgraph.loaders.kind.Column;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.source.InputRow;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.rules.Dates;
import org.creditgraph.model.rules.Money;
import org.creditgraph.model.rules.ResidentId;
import org.creditgraph.model.rules.ResidentIdScrubber;
import org.creditgraph.model.rules.TextNormaliser;
import org.creditgraph.model.rules.Uscc;

/**
 * Typed, validated access to one input row. A malformed value rejects the row ({@link RejectedRow});
 * a tolerable problem (D1 bad check digit) becomes a data-quality warning that the row keeps.
 *
 * <p>D12: every row of every KIND passes here, so this is where resident ID numbers that a source
 * put where none belongs are scrubbed, before any row mapper sees the values. Every column but the
 * {@link Kind#PERSON_ID_COLUMNS} (which the mappers hash) is searched with {@link
 * ResidentIdScrubber}; a number found is replaced by its masked form and the row gets a warning
 * naming the column and the masked form, never the number. A cell that is a resident ID number as a
 * whole is remembered (see {@link #residentIdIn}) so that a mapper can still hash it as the person's
 * identity, and {@link #uscc} never returns it as a USCC.
 */
public final class Cells {

    private final InputRow row;
    private final Map<String, String> headers;
    private final PersonIdentity identity;
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> residentIds = new HashMap<>(0);

    public Cells(InputRow row, Kind kind, PersonIdentity identity) {
        this.headers = kind.columns().stream().collect(Collectors.toMap(Column::en, Column::zh));
        this.identity = identity;
        this.row = scrubbed(row);
    }

    private InputRow scrubbed(InputRow input) {
        Map<String, String> values = null;
        for (Map.Entry<String, String> cell : input.values().entrySet()) {
            String column = cell.getKey();
            String value = cell.getValue();
            if (value == null || value.length() < 18 || Kind.PERSON_ID_COLUMNS.contains(column)) {
                continue;
            }
            String code = ResidentId.normalise(value);
            String clean;
            if (code.length() == 18 && ResidentIdScrubber.isResidentIdRatherThanUscc(code)) {
                // the cell is one number (spaces inside too): kept aside, for a mapper to hash
                residentIds.put(column, code);
                clean = ResidentId.mask(code);
                warn(header(column) + " holds a resident ID number, stored masked as " + clean);
            } else {
                ResidentIdScrubber.Result result = ResidentIdScrubber.scrub(value);
                if (!result.changed()) {
                    continue;
                }
                clean = result.text();
                warn(header(column) + " contains a resident ID number, stored masked as "
                        + String.join(", ", result.masked()));
            }
            if (values == null) {
                values = new LinkedHashMap<>(input.values());
            }
            values.put(column, clean);
        }
        return values == null ? input : new InputRow(input.rowNumber(), values, input.original());
    }

    public List<String> warnings() {
        return warnings;
    }

    /** Adds a data-quality warning; D12: a resident ID number in it is masked. */
    public void warn(String warning) {
        warnings.add(ResidentIdScrubber.masked(warning));
    }

    /**
     * D12: the identity (keyed hash) of a resident ID number that was the whole cell of a column
     * that is no ID-number column (a 个体工商户's number in 统一社会信用代码, say); empty otherwise.
     */
    public Optional<PersonIdentity.Identity> residentIdIn(String column) {
        String number = residentIds.get(column);
        return number == null ? Optional.empty() : Optional.of(identity.of(number));
    }

    String header(String column) {
        return headers.getOrDefault(column, column);
    }

    public String text(String column) {
        return row.get(column);
    }

    public String required(String column) {
        String value = row.get(column);
        if (value == null) {
            throw new RejectedRow("missing " + header(column));
        }
        return value;
    }

    /** Names and titles: folded, OCR whitespace inside CJK text removed. */
    public String name(String column) {
        String value = row.get(column);
        return value == null ? null : TextNormaliser.compact(value);
    }

    /** D1: a USCC; malformed rejects, a bad check digit warns, the 个体工商户 placeholder is absent. */
    public String uscc(String column, boolean required) {
        String raw = row.get(column);
        String code = raw == null ? "" : Uscc.normalise(raw);
        if (residentIds.containsKey(column) || ResidentIdScrubber.isResidentIdRatherThanUscc(code)) {
            // D1/D12: a person's number is never an enterprise's code
            String masked = ResidentId.mask(residentIds.getOrDefault(column, code));
            if (required) {
                throw new RejectedRow(header(column) + " holds a resident ID number (" + masked + "), not a USCC");
            }
            if (!residentIds.containsKey(column)) {
                warn(header(column) + " holds a resident ID number (" + masked + "), not a USCC: taken as absent");
            }
            return null;
        }
        if (code.isEmpty() || Uscc.isPlaceholder(code)) {
            if (required) {
                throw new RejectedRow("missing " + header(column));
            }
            return null;
        }
        Uscc.Check check = Uscc.check(code);
        if (!check.wellFormed()) {
            throw new RejectedRow("malformed USCC in " + header(column) + ": "
                    + check.problem().orElseThrow());
        }
        if (!check.checkDigitValid()) {
            warn("USCC " + code + " in " + header(column) + " fails the D1 check (expected check character "
                    + check.expectedCheckCharacter() + "); kept");
        }
        return code;
    }

    public boolean usccCheckDigitValid(String code) {
        return code == null || Uscc.check(code).checkDigitValid();
    }

    /** A date the rules use: impossible or unreadable dates reject the row. */
    public LocalDate date(String column, boolean required) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                throw new RejectedRow("missing " + header(column));
            }
            return null;
        }
        try {
            return Dates.parse(value);
        } catch (IllegalArgumentException e) {
            throw new RejectedRow(header(column) + ": " + e.getMessage());
        }
    }

    /** The end of a validity period; an end before its start rejects the row. */
    public LocalDate endDate(String column, LocalDate start, String startColumn) {
        LocalDate end = date(column, false);
        if (end != null && start != null && end.isBefore(start)) {
            throw new RejectedRow(header(column) + " " + end + " is before " + header(startColumn) + " " + start);
        }
        return end;
    }

    /** An amount in 万元, returned as exact CNY (D11). */
    public BigDecimal wanAsYuan(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Money.wanToYuan(value);
        } catch (IllegalArgumentException e) {
            throw new RejectedRow(header(column) + ": " + e.getMessage());
        }
    }

    public String yuanText(BigDecimal yuan) {
        return yuan == null ? null : Money.toPlainString(yuan);
    }

    public Long count(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            long n = Long.parseLong(TextNormaliser.code(value).replaceFirst("\\.0+$", ""));
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new RejectedRow(header(column) + ": not a non-negative whole number: " + value);
        }
    }

    public Double percent(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            double p = Double.parseDouble(TextNormaliser.code(value).replace("%", ""));
            if (p < 0 || p > 100) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new RejectedRow(header(column) + ": not a percentage between 0 and 100: " + value);
        }
    }

    /** Multi-valued cells use {@code ;} (contract §3); full-width and 、 separators are accepted too. */
    public List<String> list(String column) {
        String value = row.get(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[;；]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * D1/D12: a person's certificate number, stored only as its keyed hash and masked form. A
     * resident ID (the default type) must pass the D1 check; other certificates are kept as given.
     */
    public PersonIdentity.Identity person(String numberColumn, String typeColumn, boolean required) {
        String raw = row.get(numberColumn);
        String number = raw == null ? "" : ResidentId.normalise(raw);
        if (number.isEmpty()) {
            if (required) {
                throw new RejectedRow("missing " + header(numberColumn));
            }
            return null;
        }
        String type = typeColumn == null ? null : row.get(typeColumn);
        if (isResidentId(type)) {
            var problem = ResidentId.problem(number);
            if (problem.isPresent()) {
                throw new RejectedRow("invalid ID number in " + header(numberColumn) + " (" + ResidentId.mask(number)
                        + "): " + problem.get());
            }
        }
        return identity.of(number);
    }

    static boolean isResidentId(String type) {
        return type == null || type.contains("身份证") || type.equalsIgnoreCase("RESIDENT_ID");
    }

    /** Parameter map of an identity for Cypher. */
    public static Map<String, Object> params(PersonIdentity.Identity id, String name, String idType) {
        var map = new java.util.HashMap<String, Object>();
        map.put("key", id.key());
        map.put("id", id.id());
        map.put("masked", id.masked());
        map.put("name", name);
        map.put("idType", idType);
        return map;
    }
}
