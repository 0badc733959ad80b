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

/**
 * The {@code Date} scalar: an ISO-8601 calendar date (yyyy-MM-dd), Asia/Shanghai by convention. An
 * input date must lie in 1949-10-01..2100-12-31: no record of the People's Republic predates it, and
 * dates near {@link LocalDate#MIN} or {@link LocalDate#MAX} overflow the period arithmetic of D3/D5/D6.
 * Output dates are not bounded (a permanent debarment is published with an end of 2999-12-31).
 */
@Configuration(proxyBeanMethods = false)
public class ScalarConfiguration {

    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

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
            String problem = problem(String.valueOf(input));
            if (problem != null) {
                throw new CoercingParseValueException(problem);
            }
            return LocalDate.parse(String.valueOf(input));
        }

        @Override
        public LocalDate parseLiteral(
                Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue string) {
                String problem = problem(string.getValue());
                if (problem != null) {
                    throw new CoercingParseLiteralException(problem);
                }
                return LocalDate.parse(string.getValue());
            }
            throw new CoercingParseLiteralException("Date must be a string yyyy-MM-dd");
        }

        /** Why a text is no acceptable date, or null. An unparsable text is not echoed: it may be an ID number (D12). */
        static String problem(String text) {
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return "Date must be yyyy-MM-dd";
            }
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                return "Date must be between " + EARLIEST + " and " + LATEST + ", got " + date;
            }
            return null;
        }
    }
}
