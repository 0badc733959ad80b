package org.creditgraph.model.store;

import java.time.LocalDate;
import java.util.List;
import org.creditgraph.model.Enterprise;
import org.creditgraph.model.Person;
import org.creditgraph.model.Subject;
import org.neo4j.driver.Value;

/** Maps nodes read from the graph to domain records; the one place that knows property names. */
final class Nodes {

    private Nodes() {}

    /** The properties {@link #enterprise} reads, as a Cypher map projection of {@code n}: a check returns no more. */
    static final String ENTERPRISE_PROJECTION =
            "n {.uscc, .name, .formerNames, .regionCode, .industryCode, .status, .foundedOn, .legacyIds,"
                    + " .usccCheckDigitValid}";

    /** The properties {@link #person} reads, as a Cypher map projection of {@code n}. */
    static final String PERSON_PROJECTION = "n {.id, .name, .idType, .maskedIdNumber}";

    static Enterprise enterprise(Value n) {
        return new Enterprise(
                n.get("uscc").asString(),
                n.get("name").asString(""),
                strings(n.get("formerNames")),
                n.get("regionCode").asString(null),
                n.get("industryCode").asString(null),
                n.get("status").asString(null),
                date(n.get("foundedOn")),
                strings(n.get("legacyIds")),
                n.get("usccCheckDigitValid").asBoolean(true));
    }

    static Person person(Value n) {
        return new Person(
                n.get("id").asString(),
                n.get("name").asString(""),
                n.get("idType").asString(null),
                n.get("maskedIdNumber").asString(null));
    }

    static Subject subject(Value n) {
        if (n.asNode().hasLabel("Listing")) {
            return listedParty(n);
        }
        return n.asNode().hasLabel("Enterprise") ? enterprise(n) : person(n);
    }

    /** A listing with no OF link, as the party it names. */
    static org.creditgraph.model.ListedParty listedParty(Value n) {
        return new org.creditgraph.model.ListedParty(
                n.get("key").asString(),
                n.get("name").asString(n.get("subjectName").asString("")),
                n.get("subjectNameZh").asString(null),
                n.get("list").asString(null),
                n.get("legacyCode").asString(null),
                n.get("country").asString(null),
                "自然人".equals(n.get("subjectType").asString(null))
                        ? org.creditgraph.model.SubjectKind.PERSON
                        : org.creditgraph.model.SubjectKind.ENTERPRISE);
    }

    static LocalDate date(Value v) {
        return v.isNull() ? null : v.asLocalDate();
    }

    static List<String> strings(Value v) {
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }
}
