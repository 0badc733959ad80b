package org.creditgraph.model.matching;

import java.util.List;
import java.util.Map;

/**
 * The organisational form at the end of a company name (公司法 Art. 7: a company name states
 * 有限责任公司 / 有限公司 or 股份有限公司 / 股份公司). Names that differ only in the spelling of one form
 * (有限公司 and 有限责任公司) name the same kind of company; 有限公司 and 股份有限公司 do not.
 */
public enum CompanyForm {
    LIMITED("有限责任公司"),
    JOINT_STOCK("股份有限公司"),
    BRANCH("分公司"),
    COMPANY("公司"),
    UNKNOWN("");

    private final String label;

    CompanyForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Chinese endings, longest first, with the form they state; {@code null} = 集团 (group, no form). */
    static final List<Map.Entry<String, CompanyForm>> CHINESE_ENDINGS = List.of(
            Map.entry("股份有限公司", JOINT_STOCK),
            Map.entry("有限责任公司", LIMITED),
            Map.entry("股份公司", JOINT_STOCK),
            Map.entry("有限公司", LIMITED),
            Map.entry("分公司", BRANCH),
            Map.entry("总公司", COMPANY),
            Map.entry("公司", COMPANY));

    static final String GROUP_ZH = "集团";

    /** English endings (as upper-case words) and the form they state; GROUP and HOLDING are not forms. */
    static final Map<String, CompanyForm> ENGLISH_ENDINGS = Map.ofEntries(
            Map.entry("LTD", LIMITED),
            Map.entry("LIMITED", LIMITED),
            Map.entry("LLC", LIMITED),
            Map.entry("CO", COMPANY),
            Map.entry("COMPANY", COMPANY),
            Map.entry("CORP", COMPANY),
            Map.entry("CORPORATION", COMPANY),
            Map.entry("INC", COMPANY),
            Map.entry("INCORPORATED", COMPANY),
            Map.entry("PLC", JOINT_STOCK),
            Map.entry("STOCK", JOINT_STOCK),
            Map.entry("JOINT", JOINT_STOCK),
            Map.entry("SHARE", JOINT_STOCK),
            Map.entry("BRANCH", BRANCH));

    static final List<String> ENGLISH_GROUP = List.of("GROUP", "HOLDING", "HOLDINGS");

    /** The stronger statement of two forms found one after the other at a name's end. */
    CompanyForm or(CompanyForm other) {
        if (this == UNKNOWN) {
            return other;
        }
        if (this == COMPANY && other != UNKNOWN && other != COMPANY) {
            return other;
        }
        return this;
    }
}
