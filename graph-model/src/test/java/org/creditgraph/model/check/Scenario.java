package org.creditgraph.model.check;

import static org.creditgraph.model.rules.ListingRegime.BLACKLIST;
import static org.creditgraph.model.rules.ListingRegime.JOINT_SANCTION_TARGET;
import static org.creditgraph.model.rules.ListingRegime.SERIOUS_DISHONESTY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.rules.AccidentGrade;
import org.creditgraph.model.rules.ListingCriteria.AccidentFact;
import org.creditgraph.model.rules.ListingCriteria.PenaltyFact;
import org.creditgraph.model.rules.ListingRegime;

/** Hand-built evidence for the D7 tests: one subject, its records, and a small catalogue. */
final class Scenario {

    static final List<ListingRegime> ALL_REGIMES = List.of(JOINT_SANCTION_TARGET, BLACKLIST, SERIOUS_DISHONESTY);
    static final List<SubjectKind> BOTH = List.of(SubjectKind.ENTERPRISE, SubjectKind.PERSON);

    static final MeasureDef FIN_LOANS = measure("FIN-01", SanctionDomain.FINANCING, ALL_REGIMES, BOTH);
    static final MeasureDef FIN_BONDS =
            measure("FIN-02", SanctionDomain.FINANCING, List.of(SERIOUS_DISHONESTY), List.of(SubjectKind.ENTERPRISE));
    static final MeasureDef PROCUREMENT =
            measure("PROC-01", SanctionDomain.GOVERNMENT_PROCUREMENT, List.of(SERIOUS_DISHONESTY), BOTH);
    static final MeasureDef TENDERING =
            measure("TEND-01", SanctionDomain.PUBLIC_TENDERING, ALL_REGIMES, List.of(SubjectKind.ENTERPRISE));
    static final MeasureDef QUALIFICATION = measure("QUAL-01", SanctionDomain.QUALIFICATION_REVIEW, ALL_REGIMES, BOTH);
    static final MeasureDef IMPORT =
            measure("CUST-01", SanctionDomain.IMPORT_EXPORT, ALL_REGIMES, List.of(SubjectKind.ENTERPRISE));
    static final MeasureDef EXIT =
            measure("EXIT-01", SanctionDomain.EXIT_ENTRY, ALL_REGIMES, List.of(SubjectKind.PERSON));

    static final List<MeasureDef> CATALOGUE =
            List.of(FIN_LOANS, FIN_BONDS, PROCUREMENT, TENDERING, QUALIFICATION, IMPORT, EXIT);

    private final SubjectKind kind;
    private final String id;
    private final Character section;
    private final List<ListingFact> listings = new ArrayList<>();
    private final List<ResponsibilityFact> responsibilities = new ArrayList<>();
    private final List<PrincipalFact> roleHolders = new ArrayList<>();
    private final List<Controller> controllers = new ArrayList<>();
    private final List<AccidentFact> accidents = new ArrayList<>();
    private final List<PenaltyFact> penalties = new ArrayList<>();
    private final List<GradeFact> grades = new ArrayList<>();

    private Scenario(SubjectKind kind, String id, Character section) {
        this.kind = kind;
        this.id = id;
        this.section = section;
    }

    static Scenario enterprise(String uscc, Character section) {
        return new Scenario(SubjectKind.ENTERPRISE, uscc, section);
    }

    static Scenario person(String id) {
        return new Scenario(SubjectKind.PERSON, id, null);
    }

    static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static MeasureDef measure(
            String code, SanctionDomain domain, List<ListingRegime> regimes, List<SubjectKind> kinds) {
        return new MeasureDef(code, "措施" + code, "Measure " + code, domain, "basis of " + code, regimes, kinds);
    }

    static ListingFact listing(String key, ListingRegime regime, String listedOn, String... basis) {
        return datedListing(key, regime, listedOn, null, null, null, basis);
    }

    static ListingFact datedListing(
            String key,
            ListingRegime regime,
            String listedOn,
            String expiresOn,
            String removedOn,
            String restoredOn,
            String... basis) {
        return new ListingFact(
                key,
                regime,
                d(listedOn),
                d(expiresOn),
                d(removedOn),
                d(restoredOn),
                "某市应急管理局",
                "11110000000000000X",
                "瞒报事故",
                List.of(basis),
                false);
    }

    /** D5: a criminal penalty whose sentence ended on {@code sentenceEndOn}: 5-year ban from then. */
    static ResponsibilityFact convicted(String accidentNumber, String sentenceEndOn) {
        return new ResponsibilityFact(
                accidentNumber, AccidentGrade.LARGER, 'B', "主要责任", "刑事处罚", null, d(sentenceEndOn), null);
    }

    /** D5: responsibility for a MAJOR accident in {@code section}: lifetime ban from {@code outcomeOn}. */
    static ResponsibilityFact majorAccident(String accidentNumber, Character section, String outcomeOn) {
        return new ResponsibilityFact(
                accidentNumber, AccidentGrade.MAJOR, section, "主要责任", "罚款", d(outcomeOn), null, null);
    }

    static PrincipalFact role(String personId, String role, String from, String to, ResponsibilityFact... rs) {
        return new PrincipalFact(personId, "姓名" + personId, role, d(from), d(to), List.of(rs));
    }

    static ControlEdge edge(
            String fromId, String fromKind, String toId, String role, Double share, String from, String to) {
        return new ControlEdge(fromId, "名称" + fromId, fromKind, toId, role, share, d(from), d(to));
    }

    static AccidentFact accident(String number, String occurredOn, AccidentGrade grade) {
        return new AccidentFact(number, d(occurredOn), grade, grade == AccidentGrade.GENERAL ? 1 : 10, true);
    }

    Scenario listed(ListingFact listing) {
        listings.add(listing);
        return this;
    }

    Scenario responsible(ResponsibilityFact responsibility) {
        responsibilities.add(responsibility);
        return this;
    }

    Scenario holds(PrincipalFact roleHolder) {
        roleHolders.add(roleHolder);
        return this;
    }

    Scenario controlledBy(SubjectKind controllerKind, List<ListingFact> controllerListings, ControlEdge... path) {
        controllers.add(new Controller(List.of(path), controllerListings, controllerKind));
        return this;
    }

    Scenario accident(AccidentFact accident) {
        accidents.add(accident);
        return this;
    }

    Scenario penalty(String key, String decidedOn, String violationType) {
        penalties.add(new PenaltyFact(key, d(decidedOn), violationType));
        return this;
    }

    Scenario graded(String grade, String validFrom, String validTo) {
        grades.add(new GradeFact("G-" + grades.size(), grade, "某市应急管理局", d(validFrom), d(validTo)));
        return this;
    }

    CheckEvidence evidence() {
        return new CheckEvidence(
                true,
                kind,
                id,
                section,
                listings,
                responsibilities,
                roleHolders,
                controllers,
                new CriteriaFacts(accidents, penalties),
                grades);
    }

    CheckResult check(SanctionDomain domain, String asOf, List<MeasureDef> measures, List<IncentiveDef> incentives) {
        return SanctionDecision.decide(
                evidence(), domain, d(asOf), measures, incentives, SanctionDecision.DEFAULT_MAX_DEPTH);
    }

    CheckResult check(SanctionDomain domain, String asOf) {
        return SanctionDecision.decide(evidence(), domain, d(asOf), CATALOGUE, SanctionDecision.DEFAULT_MAX_DEPTH);
    }

    CheckResult check(SanctionDomain domain, String asOf, int maxDepth) {
        return SanctionDecision.decide(evidence(), domain, d(asOf), CATALOGUE, maxDepth);
    }

    static List<ReasonCode> codes(CheckResult result) {
        return result.reasons().stream().map(CheckReason::code).toList();
    }
}
