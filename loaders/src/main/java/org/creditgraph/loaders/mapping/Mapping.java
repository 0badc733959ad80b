package org.creditgraph.loaders.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.creditgraph.loaders.source.HeaderMatcher;
import org.creditgraph.loaders.source.UnusableInputException;
import org.creditgraph.model.rules.TextNormaliser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Contract §1 {@code --mapping NAME_OR_FILE}: a YAML file that renames the headers of a file in a
 * foreign layout to the columns of a loader KIND and may normalise its values.
 *
 * <pre>
 * kind: listings                      # optional; when given, the KIND on the command line must match
 * headers:                            # foreign header: column (Chinese header or English alias)
 *   单位名称: 主体名称                   # foreign headers are compared after removing whitespace and
 *   注册地址: address                   #   folding full-width forms, so OCR-noisy "单位名 称" matches;
 *   序号: ~                             # ~ ignores a column without warning; a lower-case English
 *                                       #   name that is no column of the KIND is an extra column,
 *                                       #   carried in InputRow.values under that name
 * defaults:                           # column: value for rows whose cell is empty or absent
 *   名单类型: 黑名单                     #   (--set wins: it fills every row)
 * values:                             # per column (or extra column) value rules, see ValueRules
 *   code:
 *     removeWhitespace: true
 *     regexReplace: [{pattern: '[(（].*$', replacement: ''}]
 *     replace: {无: ''}
 * keyColumnsOptional: [code]          # key columns the file may lack (rows then reach the row mapper)
 * </pre>
 *
 * Several foreign headers may feed one column: the first non-empty cell wins, in the order the
 * mapping lists them.
 */
public final class Mapping {

    /** The mappings shipped in {@code src/main/resources/mappings/}. */
    public static final List<String> SHIPPED =
            List.of("gansu-work-safety-blacklist", "worldbank-debarment", "ecommerce-serious-dishonesty");

    private static final Set<String> TOP_LEVEL =
            Set.of("kind", "description", "headers", "defaults", "values", "keyColumnsOptional");
    private static final Set<String> VALUE_KEYS = Set.of("replace", "regexReplace", "removeWhitespace");
    private static final Pattern EXTRA_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /**
     * One entry of {@code headers:}.
     *
     * @param foreign the header as written in the mapping
     * @param target the column (as written in the mapping), or empty to ignore the column
     * @param order position in the mapping, for the priority of several sources of one column
     */
    public record HeaderRule(String foreign, Optional<String> target, int order) {}

    private final String source;
    private final Optional<String> kind;
    private final Map<String, HeaderRule> headers;
    private final Map<String, String> defaults;
    private final Map<String, ValueRules> values;
    private final Set<String> keyColumnsOptional;

    private Mapping(
            String source,
            Optional<String> kind,
            Map<String, HeaderRule> headers,
            Map<String, String> defaults,
            Map<String, ValueRules> values,
            Set<String> keyColumnsOptional) {
        this.source = source;
        this.kind = kind;
        this.headers = Collections.unmodifiableMap(headers);
        this.defaults = Collections.unmodifiableMap(defaults);
        this.values = Collections.unmodifiableMap(values);
        this.keyColumnsOptional = Collections.unmodifiableSet(keyColumnsOptional);
    }

    /**
     * Reads the mapping file {@code nameOrFile} if it exists, else the shipped mapping of that
     * name ({@code mappings/NAME.yaml} on the classpath; a {@code .yaml} suffix is allowed).
     */
    public static Mapping load(String nameOrFile) throws UnusableInputException {
        Path path = null;
        try {
            path = Path.of(nameOrFile);
        } catch (InvalidPathException e) {
            // not a path; maybe a name
        }
        if (path != null && Files.isRegularFile(path)) {
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                return parse(reader, path.toString());
            } catch (IOException e) {
                throw new UnusableInputException("cannot read mapping " + path + ": " + e.getMessage());
            }
        }
        String name = nameOrFile.endsWith(".yaml") ? nameOrFile.substring(0, nameOrFile.length() - 5) : nameOrFile;
        if (name.matches("[A-Za-z0-9._-]+")) {
            try (InputStream in = Mapping.class.getClassLoader().getResourceAsStream("mappings/" + name + ".yaml")) {
                if (in != null) {
                    return parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), "mapping " + name);
                }
            } catch (IOException e) {
                throw new UnusableInputException("cannot read mapping " + name + ": " + e.getMessage());
            }
        }
        throw new UnusableInputException("unknown mapping '" + nameOrFile
                + "': no such file, and not a shipped mapping (shipped: " + String.join(", ", SHIPPED) + ")");
    }

    /** Parses mapping YAML; {@code source} names it in messages. */
    public static Mapping parse(String yaml, String source) throws UnusableInputException {
        return parse(new StringReader(yaml), source);
    }

    private static Mapping parse(Reader reader, String source) throws UnusableInputException {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException e) {
            throw new UnusableInputException(source + " is not valid YAML: " + e.getMessage());
        }
        if (document == null) {
            document = Map.of();
        }
        Map<String, Object> root = map(document, source, "the document");
        for (String key : root.keySet()) {
            if (!TOP_LEVEL.contains(key)) {
                throw new UnusableInputException(
                        source + ": unknown key '" + key + "' (allowed: " + String.join(", ", sorted(TOP_LEVEL)) + ")");
            }
        }
        Optional<String> kind = Optional.ofNullable(scalar(root.get("kind"), source, "kind"));

        Map<String, HeaderRule> headers = new LinkedHashMap<>();
        int order = 0;
        for (Map.Entry<String, Object> entry :
                map(root.get("headers"), source, "headers").entrySet()) {
            String foreign = entry.getKey();
            String target = scalar(entry.getValue(), source, "headers." + foreign);
            String normalised = HeaderMatcher.normalise(foreign);
            Optional<String> resolved = target == null || target.isBlank() ? Optional.empty() : Optional.of(target);
            HeaderRule previous = headers.put(normalised, new HeaderRule(foreign, resolved, order++));
            if (previous != null) {
                throw new UnusableInputException(source + ": headers '" + previous.foreign() + "' and '" + foreign
                        + "' are the same after removing whitespace and folding");
            }
        }

        Map<String, String> defaults = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry :
                map(root.get("defaults"), source, "defaults").entrySet()) {
            String value = scalar(entry.getValue(), source, "defaults." + entry.getKey());
            defaults.put(entry.getKey(), value == null ? "" : TextNormaliser.fold(value));
        }

        Map<String, ValueRules> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry :
                map(root.get("values"), source, "values").entrySet()) {
            values.put(entry.getKey(), valueRules(entry.getValue(), source, "values." + entry.getKey()));
        }

        Set<String> keyColumnsOptional = new LinkedHashSet<>();
        Object optional = root.get("keyColumnsOptional");
        if (optional instanceof List<?> list) {
            for (Object item : list) {
                keyColumnsOptional.add(scalar(item, source, "keyColumnsOptional"));
            }
        } else if (optional != null) {
            keyColumnsOptional.add(scalar(optional, source, "keyColumnsOptional"));
        }
        return new Mapping(source, kind, headers, defaults, values, keyColumnsOptional);
    }

    private static ValueRules valueRules(Object node, String source, String where) throws UnusableInputException {
        Map<String, Object> rules = map(node, source, where);
        for (String key : rules.keySet()) {
            if (!VALUE_KEYS.contains(key)) {
                throw new UnusableInputException(source + ": unknown key '" + key + "' in " + where + " (allowed: "
                        + String.join(", ", sorted(VALUE_KEYS)) + ")");
            }
        }
        boolean removeWhitespace = false;
        Object flag = rules.get("removeWhitespace");
        if (flag instanceof Boolean b) {
            removeWhitespace = b;
        } else if (flag != null) {
            throw new UnusableInputException(source + ": " + where + ".removeWhitespace must be true or false");
        }
        List<ValueRules.RegexReplace> regex = new ArrayList<>();
        Object regexNode = rules.get("regexReplace");
        if (regexNode != null) {
            if (!(regexNode instanceof List<?> list)) {
                throw new UnusableInputException(
                        source + ": " + where + ".regexReplace must be a list of {pattern, replacement}");
            }
            for (Object item : list) {
                Map<String, Object> rule = map(item, source, where + ".regexReplace");
                String pattern = scalar(rule.get("pattern"), source, where + ".regexReplace.pattern");
                String replacement = scalar(rule.get("replacement"), source, where + ".regexReplace.replacement");
                if (pattern == null) {
                    throw new UnusableInputException(source + ": " + where + ".regexReplace entry without pattern");
                }
                try {
                    regex.add(new ValueRules.RegexReplace(
                            Pattern.compile(pattern), replacement == null ? "" : replacement));
                } catch (PatternSyntaxException e) {
                    throw new UnusableInputException(
                            source + ": " + where + ".regexReplace pattern is not a valid regex: " + e.getMessage());
                }
            }
        }
        Map<String, String> replace = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry :
                map(rules.get("replace"), source, where + ".replace").entrySet()) {
            String to = scalar(entry.getValue(), source, where + ".replace." + entry.getKey());
            replace.put(TextNormaliser.fold(entry.getKey()), to == null ? "" : TextNormaliser.fold(to));
        }
        return new ValueRules(removeWhitespace, regex, replace);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node, String source, String where) throws UnusableInputException {
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof Map<?, ?> raw)) {
            throw new UnusableInputException(source + ": " + where + " must be a map");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : raw.entrySet()) {
            String key = scalar(entry.getKey(), source, where);
            if (key == null) {
                throw new UnusableInputException(source + ": " + where + " has an empty key");
            }
            result.put(key, entry.getValue());
        }
        return result;
    }

    /** A YAML scalar as text; YAML dates ({@code 2018-08-01}) come back as {@code yyyy-MM-dd}. */
    private static String scalar(Object node, String source, String where) throws UnusableInputException {
        return switch (node) {
            case null -> null;
            case String s -> s;
            case Date date ->
                DateTimeFormatter.ISO_LOCAL_DATE.format(date.toInstant().atOffset(ZoneOffset.UTC));
            case Number n -> n.toString();
            case Boolean b -> b.toString();
            default -> throw new UnusableInputException(source + ": " + where + " must be a single value");
        };
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    /** Where the mapping came from: a file path or {@code mapping NAME}. */
    public String source() {
        return source;
    }

    /** The KIND the mapping is written for (its CLI name), when it says. */
    public Optional<String> kind() {
        return kind;
    }

    /** {@code headers:} keyed by the foreign header after {@link HeaderMatcher#normalise}. */
    public Map<String, HeaderRule> headers() {
        return headers;
    }

    /** The rule for a file header, if the mapping names it. */
    public Optional<HeaderRule> rule(String fileHeader) {
        return Optional.ofNullable(headers.get(HeaderMatcher.normalise(fileHeader)));
    }

    /** {@code defaults:} column as written (Chinese header, English alias or extra name) → folded value. */
    public Map<String, String> defaults() {
        return defaults;
    }

    /** {@code values:} column as written → rules. */
    public Map<String, ValueRules> values() {
        return values;
    }

    /** {@code keyColumnsOptional:} columns as written. */
    public Set<String> keyColumnsOptional() {
        return keyColumnsOptional;
    }

    /** True when {@code name} may be used as an extra column: lower-case English, digits, underscores. */
    public static boolean isExtraColumnName(String name) {
        return EXTRA_NAME.matcher(name).matches();
    }

    @Override
    public String toString() {
        return source;
    }
}
