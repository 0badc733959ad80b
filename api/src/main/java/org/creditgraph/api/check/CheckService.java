package org.creditgraph.api.check;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.limits.LimitsProperties;
import org.creditgraph.api.receipt.ReceiptIssuer;
import org.creditgraph.api.resilience.DatabaseGuard;
import org.creditgraph.model.ListedParty;
import org.creditgraph.model.Person;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Subject;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.check.CheckEvidence;
import org.creditgraph.model.check.CheckReason;
import org.creditgraph.model.check.CheckResult;
import org.creditgraph.model.check.ControlEdge;
import org.creditgraph.model.check.ListingFact;
import org.creditgraph.model.check.MeasureDef;
import org.creditgraph.model.check.SanctionDecision;
import org.creditgraph.model.rules.ResidentId;
import org.creditgraph.model.rules.Uscc;
import org.creditgraph.model.store.CheckEvidenceStore;
import org.creditgraph.model.store.SubjectResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * D7 sanction checks: resolve the subjects, fetch them with their evidence and the data version in
 * one query per subject kind (and chunk of {@link CheckEvidenceStore#CHUNK}), decide in plain Java,
 * and return the decision with the data version it used. A batch costs the same number of database
 * queries as a single check, up to a chunk. D8: an agency caller's answers each carry a
 * signed receipt, and the check is written to the audit log (one more query per call).
 */
@Service
public class CheckService {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(CheckService.class);

    private final SubjectResolver resolver;
    private final CheckEvidenceStore evidence;
    private final PersonIdentity identity;
    private final SubjectCodes codes;
    private final ReceiptIssuer receipts;
    private final int exposureDepth;
    private final int maxBatch;
    private final DatabaseGuard guard;

    public CheckService(
            SubjectResolver resolver,
            CheckEvidenceStore evidence,
            PersonIdentity identity,
            ReceiptIssuer receipts,
            @Value("${creditgraph.exposure-depth:2}") int exposureDepth,
            LimitsProperties limits,
            DatabaseGuard guard) {
        this.resolver = resolver;
        this.evidence = evidence;
        this.identity = identity;
        this.codes = new SubjectCodes(identity);
        this.receipts = receipts;
        this.exposureDepth = exposureDepth;
        this.maxBatch = limits.maxBatch();
        this.guard = guard;
        try {
            evidence.planFetch(exposureDepth);
        } catch (RuntimeException e) {
            log.warn("Could not plan the check queries ahead ({}); the first check plans them", e.toString());
        }
    }

    /** A resolved reference: the id and kind to fetch, or nothing when the reference names no one. */
    private record Target(String id, SubjectKind kind) {}

    public List<SanctionCheckView> check(
            List<SubjectRefInput> refs, SanctionDomain domain, LocalDate asOf, Viewer viewer, Consumer<String> warn) {
        return check(refs, domain, asOf, viewer, refs.size(), warn);
    }

    /**
     * A check that is part of a request asking for {@code requestChecks} checks in all (its other
     * aliases included): the batch bulkhead and timeout follow the request's total, so that ten
     * aliases of 1,000 subjects are one batch of 10,000, not ten small ones.
     */
    public List<SanctionCheckView> check(
            List<SubjectRefInput> refs,
            SanctionDomain domain,
            LocalDate asOf,
            Viewer viewer,
            int requestChecks,
            Consumer<String> warn) {
        permit(refs, domain, viewer);
        return checkResolved(refs, resolve(refs, viewer, warn, null), domain, asOf, viewer, requestChecks);
    }

    /** One answer of a batch: the check, or the problem of that subject alone. */
    public record Answer(SanctionCheckView check, ApiException problem) {}

    /**
     * A batch in which each subject's problem (a malformed code, an ID number from an anonymous
     * caller, a name matching several subjects) belongs to that subject: the others are checked
     * and answered, all in input order.
     */
    public List<Answer> checkEach(
            List<SubjectRefInput> refs,
            SanctionDomain domain,
            LocalDate asOf,
            Viewer viewer,
            int requestChecks,
            Consumer<String> warn) {
        permit(refs, domain, viewer);
        Map<Integer, ApiException> problems = new java.util.TreeMap<>();
        List<Target> targets = resolve(refs, viewer, warn, problems);
        List<SubjectRefInput> okRefs = new ArrayList<>(refs.size());
        List<Target> okTargets = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            if (!problems.containsKey(i)) {
                okRefs.add(refs.get(i));
                okTargets.add(targets.get(i));
            }
        }
        List<SanctionCheckView> checked =
                okRefs.isEmpty() ? List.of() : checkResolved(okRefs, okTargets, domain, asOf, viewer, requestChecks);
        List<Answer> answers = new ArrayList<>(refs.size());
        int next = 0;
        for (int i = 0; i < refs.size(); i++) {
            ApiException problem = problems.get(i);
            answers.add(problem != null ? new Answer(null, problem) : new Answer(checked.get(next++), null));
        }
        return answers;
    }

    private void permit(List<SubjectRefInput> refs, SanctionDomain domain, Viewer viewer) {
        if (!viewer.mayCheck(domain)) {
            throw new ApiException(
                    ErrorCode.FORBIDDEN,
                    "this key may check only "
                            + viewer.domains().stream().sorted().toList() + ", not " + domain,
                    Map.of("domain", domain.name()));
        }
        if (refs.size() > maxBatch) {
            throw new ApiException(
                    ErrorCode.BAD_USER_INPUT, "at most " + maxBatch + " subjects per batch, got " + refs.size());
        }
    }

    private List<SanctionCheckView> checkResolved(
            List<SubjectRefInput> refs,
            List<Target> targets,
            SanctionDomain domain,
            LocalDate asOf,
            Viewer viewer,
            int requestChecks) {
        LocalDate date = asOf != null ? asOf : LocalDate.now(SHANGHAI);
        List<String> usccs = new ArrayList<>();
        List<String> personIds = new ArrayList<>();
        for (Target t : targets) {
            if (t != null) {
                (t.kind() == SubjectKind.ENTERPRISE ? usccs : personIds).add(t.id());
            }
        }
        // Large requests: batch bulkhead and batch timeout around the heavy evidence queries.
        CheckEvidenceStore.Fetched fetched = guard.batch(
                Math.max(refs.size(), requestChecks),
                () -> evidence.fetch(usccs, personIds, date, exposureDepth, viewer));
        Map<String, Subject> subjects = fetched.subjects();
        String dataVersion = fetched.dataVersion();
        Map<Integer, List<ListedParty>> listed = listedParties(refs, targets, viewer);
        Map<String, List<ListingFact>> listedFacts = new HashMap<>();
        evidence.listingFacts(listed.values().stream()
                        .flatMap(List::stream)
                        .map(ListedParty::listingKey)
                        .distinct()
                        .toList())
                .forEach(f -> listedFacts
                        .computeIfAbsent(f.key(), k -> new ArrayList<>())
                        .add(f));
        List<CheckResult> results = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            List<ListedParty> parties = listed.get(i);
            if (t == null && parties != null) {
                results.add(listedPartyResult(parties, listedFacts, domain, date, fetched));
                continue;
            }
            CheckEvidence e = t == null
                    ? CheckEvidence.notFound(null, null)
                    : fetched.evidence().get(t.id());
            results.add(
                    SanctionDecision.decide(e, domain, date, fetched.catalogue(), fetched.incentives(), exposureDepth));
        }
        List<String> tokens = viewer.isPublic()
                ? Collections.nCopies(targets.size(), null)
                : receipts.issue(viewer, domain, date, dataVersion, receiptAnswers(refs, targets, results));
        List<SanctionCheckView> answers = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            CheckResult result = results.get(i);
            List<ListedParty> parties = listed.get(i);
            MatchedBy matchedBy = !result.subjectFound() && (t != null || parties == null)
                    ? null
                    : refs.get(i).name() != null ? MatchedBy.NAME : MatchedBy.IDENTIFIER;
            answers.add(new SanctionCheckView(
                    result.verdict(),
                    result.subjectFound(),
                    matchedBy,
                    t == null ? (parties == null ? null : parties.getFirst()) : subjects.get(t.id()),
                    domain,
                    date,
                    result.measures(),
                    viewer.isPublic()
                            ? result.reasons().stream()
                                    .map(CheckService::masked)
                                    .toList()
                            : result.reasons(),
                    result.evidenceIds(),
                    dataVersion,
                    tokens.get(i),
                    result.incentives().stream()
                            .map(SanctionCheckView.IncentiveView::of)
                            .toList()));
        }
        return answers;
    }

    /**
     * D8/D12: how receipts and the audit log name each subject: its USCC or person id; for a
     * subject the graph does not know, what was asked, with any ID number replaced by its opaque id.
     */
    private List<ReceiptIssuer.Answer> receiptAnswers(
            List<SubjectRefInput> refs, List<Target> targets, List<CheckResult> results) {
        List<ReceiptIssuer.Answer> answers = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            CheckResult result = results.get(i);
            String code = t == null
                    ? codes.withoutIdNumbers(refs.get(i).name().strip())
                    : result.subjectFound() ? t.id() : codes.withoutIdNumbers(t.id());
            answers.add(new ReceiptIssuer.Answer(
                    code, t == null ? "UNKNOWN" : t.kind().name(), result));
        }
        return answers;
    }

    /**
     * D8: the subject codes under which the audit log may hold checks of this subject (resolved as a
     * check resolves it; a name matching several subjects is AMBIGUOUS_SUBJECT).
     */
    public List<String> auditCodes(SubjectRefInput ref, Viewer viewer) {
        Target t = resolve(List.of(ref), viewer, warning -> {}, null).getFirst();
        if (t == null) {
            return List.of(codes.withoutIdNumbers(ref.name().strip()));
        }
        return List.copyOf(new LinkedHashSet<>(List.of(t.id(), codes.withoutIdNumbers(t.id()))));
    }

    /**
     * The targets of the references in order; null for a name that matches no one. With {@code
     * problems} null, the first problem fails the whole call; otherwise each problem is kept under
     * its index (with a null target) and the rest resolved.
     */
    private List<Target> resolve(
            List<SubjectRefInput> refs, Viewer viewer, Consumer<String> warn, Map<Integer, ApiException> problems) {
        List<Target> targets = new ArrayList<>(refs.size());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            try {
                resolveOne(refs, i, viewer, warn, targets, names);
            } catch (ApiException problem) {
                if (problems == null) {
                    throw problem;
                }
                problems.put(i, problem);
                targets.add(null);
            }
        }
        resolveNames(refs, viewer, targets, names, problems);
        return targets;
    }

    private void resolveOne(
            List<SubjectRefInput> refs,
            int i,
            Viewer viewer,
            Consumer<String> warn,
            List<Target> targets,
            List<String> names) {
        {
            SubjectRefInput ref = refs.get(i);
            String where = refs.size() == 1 ? "subject" : "subjects[" + i + "]";
            int set = (ref.uscc() != null ? 1 : 0)
                    + (ref.idNumber() != null ? 1 : 0)
                    + (ref.id() != null ? 1 : 0)
                    + (ref.name() != null ? 1 : 0);
            if (set != 1) {
                throw new ApiException(
                        ErrorCode.BAD_USER_INPUT,
                        where + ": set exactly one of uscc, idNumber, id, name (got " + set + ")",
                        Map.of("field", where));
            }
            if (ref.uscc() != null) {
                targets.add(new Target(uscc(ref.uscc(), where, warn), SubjectKind.ENTERPRISE));
            } else if (ref.idNumber() != null) {
                targets.add(new Target(personIdFromNumber(ref.idNumber(), where, viewer), SubjectKind.PERSON));
            } else if (ref.id() != null) {
                String id = ref.id().strip();
                boolean enterprise = Uscc.check(Uscc.normalise(id)).wellFormed();
                targets.add(new Target(
                        enterprise ? Uscc.normalise(id) : id,
                        enterprise ? SubjectKind.ENTERPRISE : SubjectKind.PERSON));
            } else {
                if (ref.name().isBlank()) {
                    throw new ApiException(ErrorCode.BAD_USER_INPUT, where + ": name must not be empty");
                }
                names.add(ref.name());
                targets.add(null); // filled below, once for all names
            }
        }
    }

    private void resolveNames(
            List<SubjectRefInput> refs,
            Viewer viewer,
            List<Target> targets,
            List<String> names,
            Map<Integer, ApiException> problems) {
        if (!names.isEmpty()) {
            Map<String, List<Subject>> byName = resolver.byExactNames(names, viewer);
            for (int i = 0; i < refs.size(); i++) {
                String name = refs.get(i).name();
                if (name == null || (problems != null && problems.containsKey(i))) {
                    continue;
                }
                List<Subject> matches = byName.get(name);
                if (matches.size() > 1) {
                    List<Map<String, Object>> candidates = matches.stream()
                            .map(s -> Map.<String, Object>of(
                                    "id",
                                    s.id(),
                                    "name",
                                    s.name(),
                                    "kind",
                                    s.kind().name()))
                            .toList();
                    var ambiguous = new ApiException(
                            ErrorCode.AMBIGUOUS_SUBJECT,
                            "name '" + name + "' matches " + matches.size() + " subjects; check by uscc or id instead",
                            Map.of("candidates", candidates, "index", i));
                    if (problems == null) {
                        throw ambiguous;
                    }
                    problems.put(i, ambiguous);
                    continue;
                }
                if (matches.size() == 1) {
                    targets.set(
                            i,
                            new Target(
                                    matches.getFirst().id(), matches.getFirst().kind()));
                }
            }
        }
    }

    /**
     * D7: names that name no enterprise or person but exactly the published name of parties on
     * listings linked to no node (a foreign firm on the World Bank list), by reference index.
     */
    private Map<Integer, List<ListedParty>> listedParties(
            List<SubjectRefInput> refs, List<Target> targets, Viewer viewer) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            if (targets.get(i) == null && refs.get(i).name() != null) {
                names.add(refs.get(i).name());
            }
        }
        Map<Integer, List<ListedParty>> byIndex = new HashMap<>();
        if (names.isEmpty()) {
            return byIndex;
        }
        Map<String, List<ListedParty>> byName = resolver.listedPartiesByExactNames(names, viewer);
        for (int i = 0; i < refs.size(); i++) {
            if (targets.get(i) == null
                    && refs.get(i).name() != null
                    && byName.containsKey(refs.get(i).name())) {
                byIndex.put(i, byName.get(refs.get(i).name()));
            }
        }
        return byIndex;
    }

    /**
     * D7 for a listed party checked by name: its listings decide the verdict as they would for a
     * node, with no control paths or records around it; {@code subjectFound} stays false, as the
     * graph holds no enterprise or person of that name.
     */
    private CheckResult listedPartyResult(
            List<ListedParty> parties,
            Map<String, List<ListingFact>> facts,
            SanctionDomain domain,
            LocalDate date,
            CheckEvidenceStore.Fetched fetched) {
        List<ListingFact> listings = parties.stream()
                .flatMap(p -> facts.getOrDefault(p.listingKey(), List.of()).stream())
                .toList();
        SubjectKind kind = parties.getFirst().kind();
        CheckEvidence e =
                new CheckEvidence(true, kind, parties.getFirst().id(), null, listings, null, null, null, null, null);
        CheckResult r = SanctionDecision.decide(e, domain, date, fetched.catalogue(), List.of(), exposureDepth);
        return new CheckResult(
                r.verdict(), false, r.domain(), r.asOf(), r.reasons(), r.measures(), r.evidenceIds(), List.of());
    }

    /** D1: a malformed USCC is an error naming the position; a bad check digit is a warning only. */
    static String uscc(String raw, String where, Consumer<String> warn) {
        String code = Uscc.normalise(raw);
        Uscc.Check check = Uscc.check(code);
        if (!check.wellFormed()) {
            throw new ApiException(
                    ErrorCode.INVALID_USCC, where + ".uscc: " + check.problem().orElseThrow(), Map.of("field", where));
        }
        if (!check.checkDigitValid()) {
            warn.accept(where + ".uscc " + code + " fails the D1 check digit (expected "
                    + check.expectedCheckCharacter() + " at position 18); checked as given");
        }
        return code;
    }

    /** D12: look-ups by ID number are for agency callers only, and the number never appears in errors. */
    private String personIdFromNumber(String raw, String where, Viewer viewer) {
        if (viewer.isPublic()) {
            throw new ApiException(
                    ErrorCode.FORBIDDEN,
                    where + ".idNumber: look-ups by ID number need an agency key (D12)",
                    Map.of("field", where));
        }
        String number = ResidentId.normalise(raw);
        var problem = ResidentId.problem(number);
        if (problem.isPresent()) {
            throw new ApiException(
                    ErrorCode.INVALID_ID_NUMBER, where + ".idNumber: " + problem.get(), Map.of("field", where));
        }
        return identity.of(number).id();
    }

    /** D12: natural persons on control paths are shown to the public with masked names. */
    private static CheckReason masked(CheckReason reason) {
        if (reason.path().isEmpty()) {
            return reason;
        }
        List<ControlEdge> path = reason.path().stream()
                .map(e -> "PERSON".equals(e.fromKind())
                        ? new ControlEdge(
                                e.fromId(),
                                Person.maskName(e.fromName()),
                                e.fromKind(),
                                e.toId(),
                                e.role(),
                                e.sharePercent(),
                                e.from(),
                                e.to())
                        : e)
                .toList();
        return new CheckReason(
                reason.code(),
                reason.listing(),
                reason.ban(),
                reason.personId(),
                path,
                reason.criterion(),
                reason.measures(),
                reason.inForceUntil());
    }

    /**
     * Watchlists (issue 7): the subjects the references name, with the same checks and errors as a
     * check (D1, D12: an ID number becomes the person's opaque id); null where a name names no one.
     */
    public List<SubjectKey> resolveIds(List<SubjectRefInput> refs, Viewer viewer, Consumer<String> warn) {
        return resolve(refs, viewer, warn, null).stream()
                .map(t -> t == null ? null : new SubjectKey(t.id(), t.kind()))
                .toList();
    }

    /**
     * Watchlists (issue 7): the D7 decision for resolved subjects in several domains on one date,
     * from one evidence fetch (as a batch check fetches it); keyed by subject id, then domain.
     */
    public Map<String, Map<SanctionDomain, CheckResult>> decide(
            List<SubjectKey> subjects, java.util.Collection<SanctionDomain> domains, LocalDate asOf) {
        List<String> usccs = new ArrayList<>();
        List<String> personIds = new ArrayList<>();
        subjects.forEach(s -> (s.kind() == SubjectKind.ENTERPRISE ? usccs : personIds).add(s.id()));
        // the same chunked, cached one-query fetch as a check (its subjects are not used here)
        CheckEvidenceStore.Fetched fetched = evidence.fetch(usccs, personIds, asOf, exposureDepth, Viewer.PUBLIC);
        Map<String, CheckEvidence> found = fetched.evidence();
        List<MeasureDef> catalogue = fetched.catalogue();
        Map<String, Map<SanctionDomain, CheckResult>> results = new LinkedHashMap<>();
        for (SubjectKey s : subjects) {
            CheckEvidence e = found.getOrDefault(s.id(), CheckEvidence.notFound(s.kind(), s.id()));
            Map<SanctionDomain, CheckResult> byDomain = new java.util.EnumMap<>(SanctionDomain.class);
            for (SanctionDomain domain : domains) {
                byDomain.put(domain, SanctionDecision.decide(e, domain, asOf, catalogue, exposureDepth));
            }
            results.put(s.id(), byDomain);
        }
        return results;
    }
}
