package org.creditgraph.model.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creditgraph.model.SubjectKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * D3: the list regimes as data. The shipped {@code regimes/regimes.yaml}, every other {@code
 * regimes/regimes.yaml} on the classpath (a deployment's own regimes) and the file named by {@code
 * CREDITGRAPH_REGIMES_FILE}, in that order. A broken entry stops start-up with its file and position.
 */
public final class ListingRegimes {

    public static final String RESOURCE = "regimes/regimes.yaml";
    public static final String FILE_VARIABLE = "CREDITGRAPH_REGIMES_FILE";

    private static final Set<String> KEYS = Set.of(
            "code",
            "zh",
            "en",
            "effect",
            "reason",
            "subjectKinds",
            "defaultPeriod",
            "permanentMarker",
            "subjectCodeRequired",
            "aliases",
            "legalSource");

    private final Map<String, ListingRegime> byCode;

    private ListingRegimes(Map<String, ListingRegime> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The regimes of the classpath files and {@code CREDITGRAPH_REGIMES_FILE}, loaded once. */
    public static ListingRegimes shipped() {
        return ListingRegime.SHIPPED;
    }

    static ListingRegimes loadShipped() {
        Map<String, ListingRegime> regimes = new LinkedHashMap<>();
        try {
            ClassLoader loader = ListingRegimes.class.getClassLoader();
            List<URL> urls = Collections.list(loader.getResources(RESOURCE));
            if (urls.isEmpty()) {
                throw new IllegalStateException("list regimes " + RESOURCE + " are missing from the classpath");
            }
            for (URL url : urls) {
                try (InputStream in = url.openStream()) {
                    addAll(regimes, parse(new InputStreamReader(in, StandardCharsets.UTF_8), url.toString()));
                }
            }
            String extra = System.getenv(FILE_VARIABLE);
            if (extra != null && !extra.isBlank()) {
                try (Reader in = Files.newBufferedReader(Path.of(extra), StandardCharsets.UTF_8)) {
                    addAll(regimes, parse(in, extra));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ListingRegimes(regimes);
    }

    /** Regimes of several files (in order), e.g. for a tool that checks a regimes file. */
    public static ListingRegimes of(List<ListingRegime> regimes) {
        Map<String, ListingRegime> map = new LinkedHashMap<>();
        addAll(map, regimes);
        return new ListingRegimes(map);
    }

    private static void addAll(Map<String, ListingRegime> into, List<ListingRegime> regimes) {
        for (ListingRegime regime : regimes) {
            if (into.putIfAbsent(regime.name(), regime) != null) {
                throw new IllegalStateException("list regime " + regime.name() + " is defined twice");
            }
        }
    }

    /** Every regime, in file order. */
    public List<ListingRegime> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<ListingRegime> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public ListingRegime require(String code) {
        return byCode(code)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown list regime '" + code + "' (known: " + String.join(", ", byCode.keySet()) + ")"));
    }

    /** D3: see {@link ListingRegime#parse}. */
    public Optional<ListingRegime> parse(String text) {
        String t = TextNormaliser.compact(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (ListingRegime regime : byCode.values()) {
            if (regime.namedBy(t)) {
                return Optional.of(regime);
            }
        }
        for (ListingRegime regime : byCode.values()) {
            if (regime.hasAliasIn(t)) {
                return Optional.of(regime);
            }
        }
        return Optional.empty();
    }

    /** Parses one regimes file; {@code source} names it in messages. */
    public static List<ListingRegime> parse(Reader reader, String source) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        if (!(document instanceof Map<?, ?> root) || !(root.get("regimes") instanceof List<?> entries)) {
            throw new IllegalStateException(source + ": expected a top-level list 'regimes:'");
        }
        List<ListingRegime> regimes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = source + ", regimes[" + i + "]";
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                throw new IllegalStateException(where + ": expected a map");
            }
            try {
                regimes.add(regime(entry));
            } catch (RuntimeException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
        return regimes;
    }

    private static ListingRegime regime(Map<?, ?> entry) {
        for (Object key : entry.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("unknown key '" + key + "' (allowed: " + KEYS + ")");
            }
        }
        String code = required(entry, "code").toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("code '" + code + "' must be upper-case letters, digits and _");
        }
        String period = text(entry, "defaultPeriod");
        String reason = text(entry, "reason");
        if (reason != null && !reason.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("reason '" + reason + "' is not a reason code");
        }
        Object required = entry.get("subjectCodeRequired");
        return new ListingRegime(
                code,
                required(entry, "zh"),
                text(entry, "en"),
                ListingRegime.Effect.valueOf(required(entry, "effect")),
                reason,
                list(entry, "subjectKinds").stream().map(SubjectKind::valueOf).toList(),
                period == null ? null : Period.parse(period),
                date(entry.get("permanentMarker")),
                required == null || Boolean.parseBoolean(String.valueOf(required)),
                list(entry, "aliases"),
                required(entry, "legalSource"));
    }

    private static String required(Map<?, ?> entry, String key) {
        String value = text(entry, key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return value;
    }

    private static String text(Map<?, ?> entry, String key) {
        Object value = entry.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            return null;
        }
        return String.valueOf(value).strip();
    }

    private static List<String> list(Map<?, ?> entry, String key) {
        Object value = entry.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            return List.of(String.valueOf(value).strip());
        }
        return items.stream().map(v -> String.valueOf(v).strip()).toList();
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case Date d -> d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            default -> Dates.parse(String.valueOf(value));
        };
    }
}
