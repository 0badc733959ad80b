package org.creditgraph.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.AbstractDescribedNode;
import graphql.language.EnumTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every type, field, input field and enum value of the one schema explains itself in GraphiQL's
 * documentation: a description in English with the Chinese term where the domain has one.
 */
class SchemaDescriptionsTest {

    @Test
    void everyTypeFieldAndEnumValueIsDescribed() throws IOException {
        TypeDefinitionRegistry schema = new SchemaParser().parse(Files.readString(Path.of("../schema.graphqls")));
        List<String> undescribed = new ArrayList<>();
        for (TypeDefinition<?> type : schema.types().values()) {
            check(type, type.getName(), undescribed);
            switch (type) {
                case ObjectTypeDefinition o ->
                    o.getFieldDefinitions().forEach(f -> check(f, o.getName() + "." + f.getName(), undescribed));
                case InterfaceTypeDefinition i ->
                    i.getFieldDefinitions().forEach(f -> check(f, i.getName() + "." + f.getName(), undescribed));
                case InputObjectTypeDefinition in ->
                    in.getInputValueDefinitions().forEach(f -> check(f, in.getName() + "." + f.getName(), undescribed));
                case EnumTypeDefinition e ->
                    e.getEnumValueDefinitions().forEach(v -> check(v, e.getName() + "." + v.getName(), undescribed));
                default -> {}
            }
        }
        schema.scalars().values().stream()
                .filter(s -> !graphql.schema.idl.ScalarInfo.isGraphqlSpecifiedScalar(s.getName()))
                .map(ScalarTypeDefinition.class::cast)
                .forEach(s -> check(s, s.getName(), undescribed));
        assertThat(undescribed).as("undescribed schema elements").isEmpty();
    }

    @Test
    void everyStringAndIdArgumentAndInputFieldDeclaresItsMaxLength() throws IOException {
        TypeDefinitionRegistry schema = new SchemaParser().parse(Files.readString(Path.of("../schema.graphqls")));
        List<String> unbounded = new ArrayList<>();
        for (TypeDefinition<?> type : schema.types().values()) {
            switch (type) {
                case ObjectTypeDefinition o ->
                    o.getFieldDefinitions().forEach(f -> f.getInputValueDefinitions()
                            .forEach(a -> bounded(a, o.getName() + "." + f.getName() + "." + a.getName(), unbounded)));
                case InputObjectTypeDefinition in ->
                    in.getInputValueDefinitions().forEach(f -> bounded(f, in.getName() + "." + f.getName(), unbounded));
                default -> {}
            }
        }
        schema.objectTypeExtensions().values().stream().flatMap(List::stream).forEach(o -> o.getFieldDefinitions()
                .forEach(f -> f.getInputValueDefinitions()
                        .forEach(a -> bounded(a, o.getName() + "." + f.getName() + "." + a.getName(), unbounded))));
        assertThat(unbounded)
                .as("String/ID arguments and input fields without @maxLength")
                .isEmpty();
        assertThat(schema.getDirectiveDefinition("maxLength"))
                .hasValueSatisfying(
                        d -> assertThat(d.getDescription().getContent()).contains("BAD_USER_INPUT"));
    }

    private static void bounded(InputValueDefinition value, String name, List<String> unbounded) {
        String type = TypeUtil.unwrapAll(value.getType()).getName();
        if ((type.equals("String") || type.equals("ID")) && !value.hasDirective("maxLength")) {
            unbounded.add(name);
        }
    }

    private static void check(Object node, String name, List<String> undescribed) {
        if (node instanceof AbstractDescribedNode<?> described
                && (described.getDescription() == null
                        || described.getDescription().getContent().isBlank())) {
            undescribed.add(name);
        }
    }
}
