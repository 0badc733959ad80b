package org.creditgraph.api.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.model.Accident;
import org.creditgraph.model.Enterprise;
import org.creditgraph.model.Listing;
import org.creditgraph.model.Penalty;
import org.creditgraph.model.Person;
import org.creditgraph.model.Subject;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.rules.ListingPeriod;
import org.creditgraph.model.rules.ListingRegime;
import org.creditgraph.model.store.EnterpriseStore;
import org.creditgraph.model.store.ListingStore;
import org.creditgraph.model.store.PersonStore;

/**
 * The graph as FollowTheMoney entities (https://followthemoney.tech): {@code {id, schema,
 * properties}} with every property a list of strings. Enterprises are {@code Company}, natural
 * persons {@code Person} (name only, masked for anonymous callers; no ID number in any form, D12),
 * listings and penalty decisions {@code Sanction}, accidents {@code Event}, roles {@code Directorship}
 * (a SHAREHOLDER role and every investment are {@code Ownership}). Ids are stable and prefixed:
 * {@code cg-company-<USCC>}, {@code cg-person-<person id>}, and for the others a hash of their
 * natural key.
 */
final class FollowTheMoney {

    static final String COUNTRY = "cn";

    private FollowTheMoney() {}

    static String companyId(String uscc) {
        return "cg-company-" + uscc;
    }

    static String personId(String id) {
        return "cg-person-" + id;
    }

    static String subjectId(Subject subject) {
        return subject instanceof Enterprise e ? companyId(e.uscc()) : personId(subject.id());
    }

    static Map<String, Object> company(EnterpriseStore.Registration registration) {
        Enterprise e = registration.enterprise();
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "name", e.name());
        put(p, "previousName", e.formerNames());
        List<String> numbers = new ArrayList<>();
        numbers.add(e.uscc());
        numbers.addAll(e.legacyIds());
        put(p, "registrationNumber", numbers);
        // The USCC is also the taxpayer number (三证合一, since 2015).
        put(p, "taxNumber", e.uscc());
        put(p, "jurisdiction", COUNTRY);
        put(p, "country", COUNTRY);
        put(p, "incorporationDate", e.foundedOn());
        put(p, "status", e.status());
        put(p, "sector", e.industryCode());
        return entity(companyId(e.uscc()), "Company", p);
    }

    /** D12: the name as the caller may see it; neither the ID number nor its masked form. */
    static Map<String, Object> person(Person person) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "name", person.name());
        return entity(personId(person.id()), "Person", p);
    }

    /** A role (任职) as a Directorship, or as an Ownership for a SHAREHOLDER (股东) with its share. */
    static Map<String, Object> role(String uscc, PersonStore.Role role) {
        String owner = personId(role.person().id());
        if ("SHAREHOLDER".equals(role.role())) {
            return ownership(owner, uscc, role.sharePercent(), role.from(), role.to(), "股东 (SHAREHOLDER)");
        }
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "director", owner);
        put(p, "organization", companyId(uscc));
        put(p, "role", roleName(role.role()));
        put(p, "startDate", role.from());
        put(p, "endDate", role.to());
        return entity(
                "cg-directorship-" + hash(owner, uscc, role.role(), String.valueOf(role.from())), "Directorship", p);
    }

    /** An investment (投资) as an Ownership of the investee by the investor. */
    static Map<String, Object> investment(PersonStore.Investment investment) {
        return ownership(
                subjectId(investment.investor()),
                investment.investee().uscc(),
                investment.sharePercent(),
                investment.from(),
                investment.to(),
                "出资 (INVESTMENT)");
    }

    private static Map<String, Object> ownership(
            String owner, String uscc, Double share, LocalDate from, LocalDate to, String role) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "owner", owner);
        put(p, "asset", companyId(uscc));
        put(
                p,
                "percentage",
                share == null
                        ? null
                        : BigDecimal.valueOf(share).stripTrailingZeros().toPlainString());
        put(p, "role", role);
        put(p, "startDate", from);
        put(p, "endDate", to);
        return entity("cg-ownership-" + hash(owner, uscc, role, String.valueOf(from)), "Ownership", p);
    }

    /**
     * A listing (名单记录) as a Sanction of its subject; empty when the subject is not in the graph.
     * endDate is the (exclusive) end of the management period (D3): an unrevoked early removal, else
     * the given or the regime's expiry.
     */
    static Optional<Map<String, Object>> sanction(ListingStore.Entry entry, LocalDate today) {
        if (entry.subjectId() == null) {
            return Optional.empty();
        }
        Listing l = entry.listing();
        Optional<ListingRegime> regime = l.regime();
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(
                p,
                "entity",
                entry.subjectKind() == SubjectKind.PERSON ? personId(entry.subjectId()) : companyId(entry.subjectId()));
        put(p, "authority", l.authorityName());
        put(p, "program", regime.map(r -> r.zh() + " (" + r.name() + ")").orElse(l.list()));
        put(p, "programId", l.list());
        put(p, "reason", l.reason());
        put(p, "startDate", l.listedOn());
        put(p, "listingDate", l.listedOn());
        put(p, "endDate", end(l, regime));
        put(p, "status", l.inForce(today) ? "Active" : "Inactive");
        put(p, "country", COUNTRY);
        put(p, "recordId", l.basis());
        return Optional.of(entity("cg-sanction-" + hash(l.key()), "Sanction", p));
    }

    /**
     * A penalty decision (行政处罚决定) as a Sanction of its party: the enterprise or person it is
     * linked to in the graph, else {@code party} (see {@link #penaltyParty}). The decision number is
     * the authority's identifier; the decision date starts it and its validity (有效期) ends it.
     */
    static Map<String, Object> penalty(Penalty penalty, String party) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "entity", party);
        put(p, "authority", penalty.authority().name());
        put(p, "authorityId", penalty.decisionNumber());
        put(p, "program", "行政处罚 (administrative penalty)");
        put(
                p,
                "provisions",
                penalty.types().stream()
                        .map(t -> t.zh() + " (" + t.name() + ")")
                        .toList());
        put(p, "provisions", penalty.content());
        if (penalty.fineAmountYuan() != null) {
            put(p, "provisions", "罚款 " + penalty.fineAmountYuan() + " 元 (fine, CNY)");
        }
        put(p, "reason", penalty.violationType());
        put(p, "reason", penalty.facts());
        put(p, "description", penalty.legalBasis());
        put(p, "startDate", penalty.decidedOn());
        put(p, "date", penalty.decidedOn());
        put(p, "endDate", penalty.validUntil());
        put(p, "status", penalty.status());
        put(p, "country", COUNTRY);
        put(p, "recordId", penalty.key());
        return entity("cg-penalty-" + hash(penalty.key()), "Sanction", p);
    }

    /**
     * The party of a penalty that is not linked to an enterprise or person of the graph, as the
     * decision names it: a Person (name masked for anonymous callers, D12) or a LegalEntity.
     */
    static Map<String, Object> penaltyParty(Penalty penalty) {
        Penalty.Party party = penalty.party();
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "name", party.name() == null || party.name().isBlank() ? "(当事人名称未载明)" : party.name());
        if (!party.naturalPerson()) {
            put(p, "registrationNumber", party.uscc());
            put(p, "legalForm", party.type());
        }
        put(p, "country", COUNTRY);
        return entity("cg-party-" + hash(penalty.key()), party.naturalPerson() ? "Person" : "LegalEntity", p);
    }

    /** A production-safety accident (生产安全事故, D2) as an Event involving its accident unit. */
    static Map<String, Object> accident(Accident accident) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        String grade = accident.grade() == null ? null : accident.grade().zh() + "事故 (" + accident.grade() + ")";
        put(
                p,
                "name",
                accident.title() != null && !accident.title().isBlank()
                        ? accident.title()
                        : "生产安全事故 " + accident.accidentNumber());
        put(p, "date", accident.occurredOn());
        put(p, "startDate", accident.occurredOn());
        put(
                p,
                "summary",
                (grade == null ? "" : grade + ": ") + "死亡 " + accident.deaths() + " 人, 重伤 "
                        + accident.seriousInjuries() + " 人"
                        + (accident.directLossYuan() == null ? "" : ", 直接经济损失 " + accident.directLossYuan() + " 元")
                        + " (deaths, serious injuries, direct loss in CNY)");
        put(p, "keywords", grade);
        put(p, "keywords", accident.category());
        put(p, "location", RecordTables.regionName(accident.regionCode()));
        put(p, "country", COUNTRY);
        if (accident.enterprise() != null) {
            put(p, "involved", companyId(accident.enterprise().uscc()));
        }
        put(p, "recordId", accident.accidentNumber());
        return entity("cg-accident-" + hash(accident.accidentNumber()), "Event", p);
    }

    private static LocalDate end(Listing l, Optional<ListingRegime> regime) {
        LocalDate expiry = regime.map(r -> ListingPeriod.effectiveExpiry(
                        r,
                        new ListingPeriod.ListingDates(
                                l.listedOn(), l.expiresOn(), l.removedOn(), l.restoredOn(), l.permanent())))
                .orElse(l.expiresOn());
        if (l.removedOn() != null
                && l.restoredOn() == null
                && (expiry == null || l.removedOn().isBefore(expiry))) {
            return l.removedOn();
        }
        return expiry;
    }

    private static String roleName(String role) {
        String zh =
                switch (role) {
                    case "LEGAL_REPRESENTATIVE" -> "法定代表人";
                    case "PRINCIPAL" -> "主要负责人";
                    case "SAFETY_MANAGER" -> "安全生产管理人员";
                    case "DIRECTOR" -> "董事";
                    case "SUPERVISOR" -> "监事";
                    case "SHAREHOLDER" -> "股东";
                    default -> null;
                };
        return zh == null ? role : zh + " (" + role + ")";
    }

    private static Map<String, Object> entity(String id, String schema, Map<String, List<String>> properties) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("id", id);
        entity.put("schema", schema);
        entity.put("properties", properties);
        return entity;
    }

    private static void put(Map<String, List<String>> properties, String name, Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(v -> v != null && !v.toString().isBlank()).forEach(v -> values.add(v.toString()));
        } else if (value != null && !value.toString().isBlank()) {
            values.add(value.toString());
        }
        if (!values.isEmpty()) {
            properties.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
        }
    }

    private static String hash(String... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
