package org.creditgraph.model.matching;

import java.util.List;
import java.util.Optional;
import org.creditgraph.model.matching.Regions.Region;

/**
 * A published enterprise name taken apart for matching (issue 9): its Chinese names (a name in
 * brackets after an English one, alternatives separated by commas), its English name, the World Bank
 * case number ({@code *301}) and a registration number the publisher added ({@code Reg. No.: …}).
 */
public record NormalisedName(
        String published,
        List<Chinese> chinese,
        Optional<English> english,
        Optional<String> caseNumber,
        Optional<String> uscc) {

    /**
     * A Chinese name: {@code full} = folded, without spaces and brackets; {@code core} = without
     * region prefix, company form and 集团 (the 字号 and trade words); {@code region} = the province or
     * city its prefix (or a bracketed place, 中辰路桥(北京)有限公司) names.
     */
    public record Chinese(String full, String core, Optional<Region> region, CompanyForm form, boolean group) {

        /** Region, core and form: two names with the same key differ only in spelling. */
        public String key() {
            return region.map(Region::code).orElse("") + "|" + core + "|" + form + "|" + group;
        }
    }

    /** An English name in upper case; {@code core} without region words and company form. */
    public record English(String full, String core, Optional<Region> region, CompanyForm form, boolean group) {}

    public boolean isEmpty() {
        return chinese.isEmpty() && english.isEmpty();
    }
}
