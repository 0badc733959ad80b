package org.creditgraph.loaders.regimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.loaders.catalogue.IncentiveCatalogue;
import org.creditgraph.loaders.catalogue.MeasureCatalogue;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.LoadResult;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.check.CheckResult;
import org.creditgraph.model.check.SanctionDecision;
import org.creditgraph.model.check.Verdict;
import org.creditgraph.model.store.CheckEvidenceStore;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KIND credit-grades and red-list listings, loaded from CSV, earning the shipped incentives of a
 * domain in a sanction check; a listed subject earns none whatever its grade.
 */
class CreditGradesAndRedListTest {

    static final String GRADED_A = "91110000600037341L";
    static final String RED_LISTED = "91110108551385082Q";
    static final String LISTED_A = "91310000132149237G";
    static final String GRADED_C = "91420000177570439L";

    @TempDir
    static Path dir;

    static LoadResult gradesResult;

    static LoadResult load(Kind kind, String... lines) throws Exception {
        Path file = dir.resolve(kind.fileName());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return new Loader(
                        TestGraph.graph(),
                        new PersonIdentity("grades-test-secret-0123".getBytes(StandardCharsets.UTF_8)),
                        100)
                .load(kind, file, Optional.empty(), Map.of(), Loader.Progress.NONE);
    }

    @BeforeAll
    static void scenario() throws Exception {
        TestGraph.clean();
        MeasureCatalogue.load(TestGraph.graph());
        IncentiveCatalogue.load(TestGraph.graph());
        gradesResult = load(
                Kind.CREDIT_GRADES,
                "统一社会信用代码,企业名称,信用等级,评定机关,有效期起,有效期止",
                GRADED_A + ",甲矿业有限公司,A级,某省应急管理厅,2024-01-01,2024-12-31",
                LISTED_A + ",丙材料有限公司,Ａ,某省应急管理厅,2024-01-01,",
                GRADED_C + ",庚运输有限公司,C,某省应急管理厅,2024-01-01,2025-12-31",
                GRADED_A + ",甲矿业有限公司,AAA,某省应急管理厅,2025-01-01,",
                ",无代码公司,A,某省应急管理厅,2024-01-01,",
                GRADED_C + ",庚运输有限公司,B,某省应急管理厅,2024-01-01,2023-12-31",
                GRADED_C + ",庚运输有限公司,B,某省应急管理厅,,");
        load(
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定部门,列入日期,管理期限届满日期",
                "红名单,法人,乙建设有限公司," + RED_LISTED + ",安全生产标准化一级,某省应急管理厅,2024-03-01,2026-03-01",
                "严重失信主体名单,法人,丙材料有限公司," + LISTED_A + ",重大事故,应急管理部,2024-02-01,");
    }

    private static CheckResult check(String uscc, SanctionDomain domain, String asOf) {
        var store = new CheckEvidenceStore(TestGraph.graph());
        LocalDate date = LocalDate.parse(asOf);
        return SanctionDecision.decide(
                store.enterprises(List.of(uscc), date, 2).get(uscc),
                domain,
                date,
                store.catalogue(),
                store.incentives(),
                2);
    }

    private static List<String> incentives(String uscc, SanctionDomain domain, String asOf) {
        return check(uscc, domain, asOf).incentives().stream()
                .map(g -> g.incentive().code())
                .toList();
    }

    @Test
    void creditGrades_badRowsAreRejectedWithReasons() throws Exception {
        assertThat(gradesResult.loaded()).isEqualTo(3);
        assertThat(gradesResult.rejected()).isEqualTo(4);
        String rejects = Files.readString(gradesResult.rejectsFile().orElseThrow(), StandardCharsets.UTF_8);
        assertThat(rejects)
                .contains("信用等级 'AAA' is not one of A, B, C, D")
                .contains("missing 统一社会信用代码")
                .contains("有效期止 2023-12-31 is before 有效期起 2024-01-01")
                .contains("missing 有效期起");
        assertThat(TestGraph.count("MATCH (g:CreditGrade {grade: 'A'})-[:GRADE_OF]->(:Enterprise) RETURN count(g)"))
                .isEqualTo(2);
    }

    @Test
    void incentives_gradeAInForceEarnsTheDomainsIncentives() {
        assertThat(incentives(GRADED_A, SanctionDomain.FINANCING, "2024-06-01"))
                .containsExactly("FI-INSURANCE-RATE", "FI-LOAN-TERMS");
        assertThat(incentives(GRADED_A, SanctionDomain.BUSINESS_OPERATION, "2024-06-01"))
                .contains("BO-PRIORITY");
        assertThat(incentives(GRADED_A, SanctionDomain.GOVERNMENT_PROCUREMENT, "2024-06-01"))
                .isEmpty();
        assertThat(incentives(GRADED_A, SanctionDomain.FINANCING, "2025-01-01"))
                .as("expired")
                .isEmpty();
        assertThat(incentives(GRADED_C, SanctionDomain.FINANCING, "2024-06-01"))
                .as("grade C")
                .isEmpty();
    }

    @Test
    void incentives_redListEarnsThemWhileInForce() {
        CheckResult r = check(RED_LISTED, SanctionDomain.FINANCING, "2024-06-01");
        assertThat(r.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(r.incentives()).extracting(g -> g.incentive().code()).contains("FI-LOAN-TERMS");
        assertThat(r.incentives().getFirst().listing().regime().name()).isEqualTo("RED_LIST");
        assertThat(incentives(RED_LISTED, SanctionDomain.FINANCING, "2026-03-01"))
                .isEmpty();
    }

    @Test
    void incentives_aListedSubjectGetsNoneWhateverItsGrade() {
        CheckResult r = check(LISTED_A, SanctionDomain.FINANCING, "2024-06-01");
        assertThat(r.verdict()).isEqualTo(Verdict.RESTRICTED);
        assertThat(r.incentives()).isEmpty();
        assertThat(incentives(LISTED_A, SanctionDomain.BUSINESS_OPERATION, "2024-06-01"))
                .isEmpty();
        assertThat(incentives(LISTED_A, SanctionDomain.FINANCING, "2027-02-01"))
                .as("after the 3-year listing, the A grade counts again")
                .contains("FI-LOAN-TERMS");
    }
}
