package org.creditgraph.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * The published FollowTheMoney schema definitions (src/test/resources/ftm-schema, copied from
 * alephdata/followthemoney, MIT; see the NOTICE there): each schema with its properties, those it
 * inherits through {@code extends} included.
 */
public final class FtmSchemata {

    /** A property as defined: its type ({@code string} when not given) and, for entities, its range. */
    public record Property(String name, String type, String range) {}

    public record Schema(
            String name, boolean isAbstract, List<String> parents, Map<String, Property> own, List<String> required) {}

    private final String folder;
    private final Map<String, Optional<Schema>> loaded = new LinkedHashMap<>();

    public FtmSchemata(String folder) {
        this.folder = folder;
    }

    /** The schema as published, or empty when the definitions have no such schema. */
    public Optional<Schema> schema(String name) {
        if (!loaded.containsKey(name)) {
            loaded.put(name, read(name));
        }
        return loaded.get(name);
    }

    /** Every property of {@code name}: its own and those of every schema it extends. */
    public Map<String, Property> properties(String name) {
        Map<String, Property> all = new LinkedHashMap<>();
        Schema schema = schema(name).orElseThrow(() -> new IllegalArgumentException("no FtM schema " + name));
        for (String parent : schema.parents()) {
            all.putAll(properties(parent));
        }
        all.putAll(schema.own());
        return all;
    }

    /** The properties an entity of {@code name} must have, inherited ones included. */
    public List<String> required(String name) {
        Schema schema = schema(name).orElseThrow();
        List<String> required = new ArrayList<>(schema.required());
        schema.parents().forEach(parent -> required.addAll(required(parent)));
        return required;
    }

    /** Whether {@code name} is {@code ancestor} or extends it. */
    public boolean isA(String name, String ancestor) {
        return name.equals(ancestor)
                || schema(name)
                        .map(s -> s.parents().stream().anyMatch(p -> isA(p, ancestor)))
                        .orElse(false);
    }

    @SuppressWarnings("unchecked")
    private Optional<Schema> read(String name) {
        try (InputStream in = FtmSchemata.class.getResourceAsStream("/" + folder + "/" + name + ".yaml")) {
            if (in == null) {
                return Optional.empty();
            }
            Map<String, Object> definition =
                    (Map<String, Object>) ((Map<String, Object>) new Yaml().load(in)).get(name);
            if (definition == null) {
                return Optional.empty();
            }
            Map<String, Property> own = new LinkedHashMap<>();
            Map<String, Object> properties = (Map<String, Object>) definition.getOrDefault("properties", Map.of());
            properties.forEach((property, spec) -> {
                Map<String, Object> p = spec == null ? Map.of() : (Map<String, Object>) spec;
                own.put(property, new Property(property, String.valueOf(p.getOrDefault("type", "string")), (String)
                        p.get("range")));
            });
            return Optional.of(new Schema(
                    name,
                    Boolean.TRUE.equals(definition.get("abstract")),
                    (List<String>) definition.getOrDefault("extends", List.of()),
                    own,
                    (List<String>) definition.getOrDefault("required", List.of())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
