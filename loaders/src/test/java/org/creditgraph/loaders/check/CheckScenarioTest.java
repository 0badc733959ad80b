package org.creditgraph.loaders.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.loaders.catalogue.MeasureCatalogue;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.check.CheckEvidence;
import org.creditgraph.model.check.CheckReason;
import org.creditgraph.model.check.CheckResult;
import org.creditgraph.model.check.ReasonCode;
import org.creditgraph.model.check.SanctionDecision;
import org.creditgraph.model.check.Verdict;
import org.creditgraph.model.store.CheckEvidenceStore;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D3, D6, D7 end to end on a hand-built scenario: files through the loaders into a real Neo4j,
 * evidence fetched by {@link CheckEvidenceStore}, decided by {@link SanctionDecision}. Dates are
 * probed the day before, the day of and the day after each boundary.
 */
class CheckScenarioTest {

    // Exposure chain: LISTED -60%-> E1 -30%-> E2 -100%-> E3; UP holds 50% of LISTED.
    static final String LISTED = "91110000600037341L";
    static final String E1 = "91350100M000100Y43";
    static final String E2 = "91440300MA5DFLX12J";
    static final String E3 = "91110108551385082Q";
    static final String UP = "91310000132149237G";
    // A listed person who is the principal of PERSON_RUN.
    static final String LISTED_PERSON_ID = "11010519491231002X";
    static final String PERSON_RUN = "913200001347512824";
    // Early removal and restoration (SERIOUS_DISHONESTY) and the 2017 regime.
    static final String REPAIRED = "91420000177570439L";
    static final String OLD_REGIME = "91510000201830562T";
    // A concealment penalty, annulled later (D6).
    static final String CONCEALER = "91330000142923441E";
    static final String AUTHORITY = "11110000000019713H";

    static final CheckEvidenceStore STORE = new CheckEvidenceStore(TestGraph.graph());
    static String listedPersonOpaqueId;

    @TempDir
    static Path dir;

    static void load(Loader loader, Kind kind, String... lines) throws Exception {
        Path file = dir.resolve(kind.fileName());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        loader.load(kind, file, Optional.empty(), Map.of(), Loader.Progress.NONE);
    }

    @BeforeAll
    static void scenario() throws Exception {
        TestGraph.clean();
        MeasureCatalogue.load(TestGraph.graph());
        PersonIdentity identity = PersonIdentity.fromEnvironmentOr(dir.resolve("data"));
        listedPersonOpaqueId = identity.of(LISTED_PERSON_ID).id();
        var loader = new Loader(TestGraph.graph(), identity, 100);
        load(
                loader,
                Kind.ENTERPRISES,
                "统一社会信用代码,企业名称,行业代码",
                LISTED + ",甲矿业有限公司,B0610",
                E1 + ",乙建设有限公司,E4710",
                E2 + ",丙材料有限公司,C3311",
                E3 + ",丁贸易有限公司,F5110",
                UP + ",戊控股有限公司,L7211",
                PERSON_RUN + ",己化工有限公司,C2614",
                REPAIRED + ",庚运输有限公司,G5430",
                OLD_REGIME + ",辛烟花有限公司,C2672",
                CONCEALER + ",壬煤业有限公司,B0610");
        load(
                loader,
                Kind.INVESTMENTS,
                "投资方统一社会信用代码或证件号码,投资方名称,被投资企业统一社会信用代码,持股比例,认缴日期,退出日期",
                LISTED + ",甲矿业有限公司," + E1 + ",60,2020-01-01,",
                E1 + ",乙建设有限公司," + E2 + ",30,2020-01-01,",
                E2 + ",丙材料有限公司," + E3 + ",100,2020-01-01,",
                UP + ",戊控股有限公司," + LISTED + ",50,2020-01-01,");
        load(
                loader,
                Kind.ROLES,
                "统一社会信用代码,姓名,证件类型,证件号码,职务,任职开始日期,任职结束日期",
                PERSON_RUN + ",张三,居民身份证," + LISTED_PERSON_ID + ",主要负责人,2024-03-01,");
        load(
                loader,
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定部门,列入日期,管理期限届满日期,移出日期,移出原因,恢复日期",
                "严重失信主体名单,法人,甲矿业有限公司," + LISTED + ",重大事故,应急管理部,2025-01-10,,,,",
                "严重失信主体名单,自然人,张三," + LISTED_PERSON_ID + ",重大事故,应急管理部,2025-01-10,,,,",
                "严重失信主体名单,法人,庚运输有限公司," + REPAIRED + ",较大事故,应急管理部,2024-01-10,,2025-02-01,信用修复,2025-06-01",
                "联合惩戒对象,法人,辛烟花有限公司," + OLD_REGIME + ",较大事故,应急管理部,2020-01-10,,,,");
        load(
                loader,
                Kind.PENALTIES,
                "行政相对人名称,行政相对人类别,统一社会信用代码,行政处罚决定书文号,违法行为类型,处罚类别,罚款金额(万元),处罚决定日期,处罚机关,处罚机关统一社会信用代码,状态,状态日期",
                "壬煤业有限公司,法人及非法人组织," + CONCEALER + ",应急罚〔2025〕7号,瞒报生产安全事故,罚款,100,2025-03-01,应急管理部," + AUTHORITY
                        + ",撤销,2025-06-01");
    }

    static CheckResult enterprise(String uscc, SanctionDomain domain, String asOf, int depth) {
        LocalDate date = LocalDate.parse(asOf);
        CheckEvidence evidence = STORE.enterprises(List.of(uscc), date, depth).get(uscc);
        return SanctionDecision.decide(evidence, domain, date, STORE.catalogue(), depth);
    }

    static CheckResult person(String id, SanctionDomain domain, String asOf) {
        LocalDate date = LocalDate.parse(asOf);
        CheckEvidence evidence = STORE.persons(List.of(id), date).get(id);
        return SanctionDecision.decide(evidence, domain, date, STORE.catalogue(), 2);
    }

    static List<ReasonCode> codes(CheckResult result) {
        return result.reasons().stream().map(CheckReason::code).toList();
    }

    @Test
    void d7_exposureAtOneTwoAndThreeEdgesDownwards() {
        CheckResult one = enterprise(E1, SanctionDomain.PUBLIC_TENDERING, "2025-06-01", 2);
        assertThat(one.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(one.reasons().getFirst().path()).hasSize(1);
        assertThat(one.reasons().getFirst().path().getFirst().sharePercent()).isEqualTo(60.0);

        CheckResult two = enterprise(E2, SanctionDomain.PUBLIC_TENDERING, "2025-06-01", 2);
        assertThat(two.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(two.reasons().getFirst().path()).extracting(e -> e.fromId()).containsExactly(LISTED, E1);

        assertThat(enterprise(E3, SanctionDomain.PUBLIC_TENDERING, "2025-06-01", 2)
                        .verdict())
                .as("three edges are beyond the default depth of 2")
                .isEqualTo(Verdict.CLEAR);
        CheckResult three = enterprise(E3, SanctionDomain.PUBLIC_TENDERING, "2025-06-01", 3);
        assertThat(three.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(three.reasons().getFirst().path())
                .extracting(e -> e.fromId())
                .containsExactly(LISTED, E1, E2);
    }

    @Test
    void d7_exposureNeverTravelsUpwards() {
        assertThat(enterprise(UP, SanctionDomain.PUBLIC_TENDERING, "2025-06-01", 3)
                        .verdict())
                .isEqualTo(Verdict.CLEAR);
        assertThat(enterprise(UP, SanctionDomain.PUBLIC_TENDERING, "2025-06-01", 3)
                        .subjectFound())
                .isTrue();
    }

    @Test
    void d7_exposureStartsTheDayTheControllerIsListed() {
        assertThat(enterprise(E1, SanctionDomain.FINANCING, "2025-01-09", 2).verdict())
                .isEqualTo(Verdict.CLEAR);
        assertThat(enterprise(E1, SanctionDomain.FINANCING, "2025-01-10", 2).verdict())
                .isEqualTo(Verdict.ATTENTION);
    }

    @Test
    void d7_aListedPersonIsRestrictedAndExposesTheEnterpriseTheyRun() {
        assertThat(person(listedPersonOpaqueId, SanctionDomain.FINANCING, "2025-06-01")
                        .verdict())
                .isEqualTo(Verdict.RESTRICTED);
        CheckResult run = enterprise(PERSON_RUN, SanctionDomain.FINANCING, "2025-06-01", 2);
        assertThat(codes(run)).containsExactly(ReasonCode.RELATED_PARTY_RESTRICTED);
        assertThat(run.reasons().getFirst().path().getFirst().role()).isEqualTo("PRINCIPAL");
        assertThat(person(listedPersonOpaqueId, SanctionDomain.EXIT_ENTRY, "2025-06-01")
                        .verdict())
                .as("D4: the shipped catalogue restricts exit only for the BLACKLIST regime")
                .isEqualTo(Verdict.CLEAR);
        assertThat(enterprise(LISTED, SanctionDomain.EXIT_ENTRY, "2025-06-01", 2)
                        .verdict())
                .as("EXIT_ENTRY does not apply to enterprises")
                .isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d3_earlyRemovalEndsTheListingAndRestorationRevivesItWithTheOriginalExpiry() {
        Map<String, Verdict> expected = Map.of(
                "2024-01-09", Verdict.CLEAR,
                "2024-01-10", Verdict.RESTRICTED,
                "2025-01-31", Verdict.RESTRICTED,
                "2025-02-01", Verdict.CLEAR,
                "2025-05-31", Verdict.CLEAR,
                "2025-06-01", Verdict.RESTRICTED,
                "2027-01-09", Verdict.RESTRICTED,
                "2027-01-10", Verdict.CLEAR);
        expected.forEach((date, verdict) -> assertThat(
                        enterprise(REPAIRED, SanctionDomain.STATE_LAND, date, 2).verdict())
                .as(date)
                .isEqualTo(verdict));
    }

    @Test
    void d3_the2017RegimeRunsOneYear() {
        assertThat(enterprise(OLD_REGIME, SanctionDomain.GOVERNMENT_PROCUREMENT, "2021-01-09", 2)
                        .verdict())
                .isEqualTo(Verdict.RESTRICTED);
        assertThat(enterprise(OLD_REGIME, SanctionDomain.GOVERNMENT_PROCUREMENT, "2021-01-10", 2)
                        .verdict())
                .isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d6_d7_anAnnulledConcealmentPenaltyStopsCountingOnItsAnnulmentDate() {
        assertThat(codes(enterprise(CONCEALER, SanctionDomain.FINANCING, "2025-05-31", 2)))
                .containsExactly(ReasonCode.LISTING_CRITERIA_MET);
        assertThat(enterprise(CONCEALER, SanctionDomain.FINANCING, "2025-06-01", 2)
                        .verdict())
                .isEqualTo(Verdict.CLEAR);
    }
}
