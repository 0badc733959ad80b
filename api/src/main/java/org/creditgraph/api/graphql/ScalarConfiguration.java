package org.creditgraph.api.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The {@code Date} scalar: an ISO-8601 calendar date (yyyy-MM-dd), Asia/Shanghai by convention. */
@Configuration(proxyBeanMethods = false)
public class ScalarConfiguration {

    static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("Calendar date yyyy-MM-dd (Asia/Shanghai)")
            .coercing(new DateCoercing())
            .build();

    @Bean
    RuntimeWiringConfigurer dateScalar() {
        return wiring -> wiring.scalar(DATE);
    }

    static final class DateCoercing implements Coercing<LocalDate, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof LocalDate date) {
                return date.toString();
            }
            throw new CoercingSerializeException("not a date");
        }

        @Override
        public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
            try {
                return LocalDate.parse(String.valueOf(input));
            } catch (DateTimeParseException e) {
                throw new CoercingParseValueException("Date must be yyyy-MM-dd, got " + input);
            }
        }

        @Override
        public LocalDate parseLiteral(
                Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue string) {
                try {
                    return LocalDate.parse(string.getValue());
                } catch (DateTimeParseException e) {
                    throw new CoercingParseLiteralException("Date must be yyyy-MM-dd, got " + string.getValue());
                }
            }
            throw new CoercingParseLiteralException("Date must be a string yyyy-MM-dd");
        }
    }
}
