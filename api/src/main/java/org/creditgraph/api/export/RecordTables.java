package org.creditgraph.api.export;

import java.time.LocalDate;
import java.util.List;
import org.creditgraph.model.Accident;
import org.creditgraph.model.Hazard;
import org.creditgraph.model.Penalty;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.matching.Regions;
import org.creditgraph.model.rules.Industry;
import org.creditgraph.model.store.EnterpriseStore;
import org.creditgraph.model.store.ListingStore;

/**
 * The columns of each record export, in order. Names and values are those of the domain records
 * as the stores return them to the caller: natural persons' names are already masked for anonymous
 * callers (D12), and no record carries a raw ID number. Amounts are exact CNY (元) decimal strings
 * (D11), hence the 元 headers where the input format has 万元.
 */
final class RecordTables {

    private RecordTables() {}

    private static final Regions REGIONS = Regions.standard();

    /** GB/T 2260 name beside the code (the code keeps its own column). */
    static String regionName(String regionCode) {
        return REGIONS.nameOf(regionCode).orElse(null);
    }

    /** GB/T 4754-2017 name beside the code (the code keeps its own column). */
    static String industryName(String industryCode) {
        return Industry.name(industryCode).orElse(null);
    }

    static final List<Column<Penalty>> PENALTIES = List.of(
            Column.of("行政处罚决定书文号", "decision_no", Penalty::decisionNumber),
            Column.of("处罚决定日期", "decided_on", Penalty::decidedOn),
            Column.of("行政相对人名称", "party_name", p -> p.party().name()),
            Column.of("行政相对人类别", "party_type", p -> p.party().type()),
            Column.of("统一社会信用代码", "uscc", p -> p.party().uscc()),
            Column.of("违法行为类型", "violation_type", Penalty::violationType),
            Column.of("违法事实", "facts", Penalty::facts),
            Column.of("处罚依据", "legal_basis", Penalty::legalBasis),
            Column.of("处罚类别", "penalty_types", p -> p.types().stream()
                    .map(Enum::name)
                    .toList()),
            Column.of("处罚内容", "content", Penalty::content),
            Column.of("罚款金额（元）", "fine_yuan", Penalty::fineAmountYuan),
            Column.of("没收违法所得、没收非法财物的金额（元）", "confiscated_yuan", Penalty::confiscatedAmountYuan),
            Column.of("处罚有效期", "valid_until", Penalty::validUntil),
            Column.of("公示截止期", "publicity_until", Penalty::publicityUntil),
            Column.of("处罚机关", "authority_name", p -> p.authority().name()),
            Column.of("处罚机关统一社会信用代码", "authority_uscc", p -> p.authority().uscc()),
            Column.of("状态", "status", Penalty::status),
            Column.of("状态日期", "status_on", Penalty::statusOn),
            Column.of("行政区划代码", "region_code", Penalty::regionCode),
            Column.of("行政区划", "region_name", p -> regionName(p.regionCode())),
            Column.of("行业代码", "industry_code", Penalty::industryCode),
            Column.of("行业", "industry_name", p -> industryName(p.industryCode())),
            Column.of("是否在公示期内", "publicly_disclosed", Penalty::publiclyDisclosed),
            Column.of("公示结束日期", "public_until", Penalty::publicUntil),
            Column.of("信用修复日期", "repaired_on", Penalty::repairedOn));

    static final List<Column<Hazard>> HAZARDS = List.of(
            Column.of("隐患编号", "hazard_no", Hazard::hazardNumber),
            Column.of("统一社会信用代码", "uscc", Hazard::enterpriseUscc),
            Column.of("单位名称", "enterprise_name", Hazard::enterpriseName),
            Column.of("隐患内容", "description", Hazard::description),
            Column.of("挂牌日期", "listed_on", Hazard::listedOn),
            Column.of(
                    "挂牌督办机关",
                    "authority_name",
                    h -> h.authority() == null ? null : h.authority().name()),
            Column.of(
                    "挂牌督办机关统一社会信用代码",
                    "authority_uscc",
                    h -> h.authority() == null ? null : h.authority().uscc()),
            Column.of("整改期限", "deadline", Hazard::deadline),
            Column.of("整改销号日期", "closed_on", Hazard::closedOn),
            Column.of("责令停产停业日期", "suspension_ordered_on", Hazard::suspensionOrderedOn),
            Column.of("拒不执行", "refused", Hazard::refused));

    static final List<Column<Accident>> ACCIDENTS = List.of(
            Column.of("事故编号", "accident_no", Accident::accidentNumber),
            Column.of("事故名称", "title", Accident::title),
            Column.of("发生日期", "occurred_on", Accident::occurredOn),
            Column.of("行政区划代码", "region_code", Accident::regionCode),
            Column.of("行政区划", "region_name", a -> regionName(a.regionCode())),
            Column.of("行业代码", "industry_code", Accident::industryCode),
            Column.of("行业", "industry_name", a -> industryName(a.industryCode())),
            Column.of("事故类别", "category", Accident::category),
            Column.of("死亡人数", "deaths", Accident::deaths),
            Column.of("重伤人数", "serious_injuries", Accident::seriousInjuries),
            Column.of("直接经济损失（元）", "loss_yuan", Accident::directLossYuan),
            Column.of("事故等级", "grade", a -> a.grade() == null ? null : a.grade().name()),
            Column.of(
                    "事故单位统一社会信用代码",
                    "uscc",
                    a -> a.enterprise() == null ? null : a.enterprise().uscc()),
            Column.of(
                    "事故单位名称",
                    "enterprise_name",
                    a -> a.enterprise() == null ? null : a.enterprise().name()),
            Column.of("是否责任事故", "liability", Accident::liability));

    static List<Column<ListingStore.Entry>> listings(LocalDate today) {
        return List.of(
                Column.of("名单类型", "list", e -> e.listing().list()),
                Column.of(
                        "主体类别",
                        "subject_type",
                        e -> e.subjectKind() == null ? null : e.subjectKind() == SubjectKind.PERSON ? "自然人" : "法人"),
                Column.of("主体名称", "name", e -> e.listing().name()),
                Column.of("统一社会信用代码", "uscc", e -> e.listing().subjectCode()),
                Column.of("主体标识", "subject_id", ListingStore.Entry::subjectId),
                Column.of("列入事由", "reason", e -> e.listing().reason()),
                Column.of("认定依据", "basis", e -> e.listing().basis()),
                Column.of("认定部门", "authority_name", e -> e.listing().authorityName()),
                Column.of("认定部门统一社会信用代码", "authority_uscc", e -> e.listing().authorityUscc()),
                Column.of("列入日期", "listed_on", e -> e.listing().listedOn()),
                Column.of("管理期限届满日期", "expires_on", e -> e.listing().expiresOn()),
                Column.of("移出日期", "removed_on", e -> e.listing().removedOn()),
                Column.of("移出原因", "removal_reason", e -> e.listing().removalReason()),
                Column.of("恢复日期", "restored_on", e -> e.listing().restoredOn()),
                Column.of("是否在管理期内", "in_force", e -> e.listing().inForce(today)));
    }

    static final List<Column<EnterpriseStore.Registration>> ENTERPRISES = List.of(
            Column.of("统一社会信用代码", "uscc", r -> r.enterprise().uscc()),
            Column.of("企业名称", "name", r -> r.enterprise().name()),
            Column.of("曾用名", "former_names", r -> r.enterprise().formerNames()),
            Column.of("行政区划代码", "region_code", r -> r.enterprise().regionCode()),
            Column.of("行业代码", "industry_code", r -> r.enterprise().industryCode()),
            Column.of("登记状态", "status", r -> r.enterprise().status()),
            Column.of("成立日期", "founded_on", r -> r.enterprise().foundedOn()),
            Column.of("法定代表人", "legal_rep_name", EnterpriseStore.Registration::legalRepName),
            Column.of("工商注册号", "registration_number", r -> r.enterprise().legacyIds()),
            Column.of("统一社会信用代码校验位正确", "uscc_check_digit_valid", r -> r.enterprise()
                    .usccCheckDigitValid()));
}
