package org.creditgraph.loaders.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.rules.ListingRegime;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.Test;

class MeasureCatalogueTest {

    @Test
    void d4_shippedCatalogueCoversEveryDomainForEveryWorkSafetyRegime() {
        var measures = MeasureCatalogue.read();
        for (SanctionDomain domain : SanctionDomain.values()) {
            for (ListingRegime regime : List.of(
                    ListingRegime.JOINT_SANCTION_TARGET, ListingRegime.BLACKLIST, ListingRegime.SERIOUS_DISHONESTY)) {
                boolean covered = measures.stream()
                        .anyMatch(m -> m.domain() == domain && m.regimes().contains(regime));
                // EXIT_ENTRY restrictions exist for the 黑名单 subset only
                if (domain != SanctionDomain.EXIT_ENTRY || regime == ListingRegime.BLACKLIST) {
                    assertThat(covered).as(domain + " / " + regime).isTrue();
                }
            }
        }
        assertThat(measures).allSatisfy(m -> assertThat(m.legalBasis()).isNotBlank());
        assertThat(measures)
                .filteredOn(m -> m.domain() == SanctionDomain.IMPORT_EXPORT)
                .allSatisfy(m -> assertThat(m.subjectKinds()).containsExactly(SubjectKind.ENTERPRISE));
        assertThat(Arrays.stream(SanctionDomain.values())).hasSize(9);
    }

    @Test
    void foreignDebarment_worldBankMeasuresInProcurementTenderingAndFinancingOnly() {
        ListingRegime worldBank = ListingRegime.valueOf("WORLD_BANK_DEBARMENT");
        assertThat(MeasureCatalogue.read())
                .filteredOn(m -> m.regimes().contains(worldBank))
                .extracting(m -> m.domain())
                .containsExactlyInAnyOrder(
                        SanctionDomain.GOVERNMENT_PROCUREMENT,
                        SanctionDomain.PUBLIC_TENDERING,
                        SanctionDomain.FINANCING);
        assertThat(MeasureCatalogue.read()).noneMatch(m -> m.regimes().contains(ListingRegime.valueOf("RED_LIST")));
    }

    @Test
    void incentives_shippedCatalogueHasTheThreeKindsWithLegalBasis() {
        var incentives = IncentiveCatalogue.read();
        assertThat(incentives).extracting(i -> i.titleZh()).anyMatch(t -> t.contains("优先办理"));
        assertThat(incentives).extracting(i -> i.titleZh()).anyMatch(t -> t.contains("贷款"));
        assertThat(incentives).extracting(i -> i.titleZh()).anyMatch(t -> t.contains("保险费率"));
        assertThat(incentives).allSatisfy(i -> {
            assertThat(i.legalBasis()).isNotBlank();
            assertThat(i.regimes()).contains("RED_LIST");
            assertThat(i.grades()).containsExactly("A");
        });
        TestGraph.clean();
        int n = IncentiveCatalogue.load(TestGraph.graph());
        IncentiveCatalogue.load(TestGraph.graph());
        assertThat(TestGraph.count("MATCH (i:Incentive {inCatalogue: true}) RETURN count(i)"))
                .isEqualTo(n);
    }

    @Test
    void incentives_aRestrictingRegimeOrUnknownGradeIsNamed() {
        String header = "code,title_zh,title_en,domain,legal_basis,regimes,grades,subject_kinds\n";
        assertThatThrownBy(() -> IncentiveCatalogue.parse(
                        new StringReader(header + "X,标题,t,FINANCING,依据,BLACKLIST,,ENTERPRISE\n")))
                .hasMessageContaining("line 2")
                .hasMessageContaining("BLACKLIST");
        assertThatThrownBy(() ->
                        IncentiveCatalogue.parse(new StringReader(header + "X,标题,t,FINANCING,依据,,AA,ENTERPRISE\n")))
                .hasMessageContaining("AA");
    }

    @Test
    void d4_loadingIntoTheGraphIsIdempotent() {
        TestGraph.clean();
        int n = MeasureCatalogue.load(TestGraph.graph());
        MeasureCatalogue.load(TestGraph.graph());
        assertThat(TestGraph.count("MATCH (m:Measure {inCatalogue: true}) RETURN count(m)"))
                .isEqualTo(n);
        assertThat(TestGraph.count("MATCH (m:Measure {domain: 'FINANCING'}) RETURN count(m)"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void d4_aBrokenCatalogueLineIsNamed() {
        String csv =
                "code,title_zh,title_en,domain,legal_basis,regimes,subject_kinds\nX,标题,t,NOT_A_DOMAIN,依据,BLACKLIST,PERSON\n";
        assertThatThrownBy(() -> MeasureCatalogue.parse(new StringReader(csv)))
                .hasMessageContaining("line 2")
                .hasMessageContaining("NOT_A_DOMAIN");
    }
}
