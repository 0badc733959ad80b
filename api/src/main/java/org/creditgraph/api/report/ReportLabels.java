package org.creditgraph.api.report;

import java.util.Map;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.check.ReasonCode;
import org.creditgraph.model.check.Verdict;
import org.creditgraph.model.rules.AccidentGrade;

/** The words of a check report, Chinese first and English in brackets (the explorer's i18n.js says the same). */
final class ReportLabels {

    private ReportLabels() {}

    private static final Map<SanctionDomain, String> DOMAINS = Map.of(
            SanctionDomain.BUSINESS_OPERATION, "经营 (Business operation)",
            SanctionDomain.FINANCING, "投融资 (Financing)",
            SanctionDomain.GOVERNMENT_PROCUREMENT, "政府采购 (Government procurement)",
            SanctionDomain.PUBLIC_TENDERING, "工程招投标 (Public tendering)",
            SanctionDomain.STATE_LAND, "国有土地出让 (State land)",
            SanctionDomain.HONOURS, "授予荣誉、评先评优 (Honours)",
            SanctionDomain.IMPORT_EXPORT, "进出口 (Import/export)",
            SanctionDomain.EXIT_ENTRY, "出入境 (Exit/entry)",
            SanctionDomain.QUALIFICATION_REVIEW, "资质审核、任职 (Qualification review)");

    private static final Map<ReasonCode, String> REASONS = Map.of(
            ReasonCode.LISTED, "列入名单且在有效期内 (Listed, in force)",
            ReasonCode.BANNED_PERSON, "从业禁止 (Banned person)",
            ReasonCode.FOREIGN_DEBARMENT, "境外取消资格名单 (Foreign debarment)",
            ReasonCode.RELATED_PARTY_RESTRICTED, "关联方受限 (Related party restricted)",
            ReasonCode.BANNED_PRINCIPAL, "主要负责人受从业禁止 (Banned principal)",
            ReasonCode.LISTING_CRITERIA_MET, "符合列入条件 (Listing criteria met)");

    static String domain(SanctionDomain domain) {
        return DOMAINS.get(domain);
    }

    static String reason(ReasonCode code) {
        return REASONS.get(code);
    }

    static String verdict(Verdict verdict, boolean subjectFound) {
        if (!subjectFound) {
            return "未找到 (Not found) — 不能证明无限制 (no proof of no restriction)";
        }
        return switch (verdict) {
            case RESTRICTED -> "受限 (RESTRICTED)";
            case ATTENTION -> "需关注 (ATTENTION)";
            case CLEAR -> "未见限制 (CLEAR)";
        };
    }

    static String grade(AccidentGrade grade) {
        if (grade == null) {
            return "";
        }
        return switch (grade) {
            case GENERAL -> "一般事故";
            case LARGER -> "较大事故";
            case MAJOR -> "重大事故";
            case ESPECIALLY_MAJOR -> "特别重大事故";
        };
    }

    static String role(String role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case "LEGAL_REPRESENTATIVE" -> "法定代表人";
            case "PRINCIPAL" -> "主要负责人";
            case "SHAREHOLDER" -> "股东";
            default -> role;
        };
    }
}
