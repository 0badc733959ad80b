package org.creditgraph.loaders.kind;

import static org.creditgraph.loaders.kind.Column.key;
import static org.creditgraph.loaders.kind.Column.optional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The loader KINDs of contract §3 with their columns, in the canonical order. */
public enum Kind {
    ENTERPRISES(
            "enterprises",
            List.of(
                    key("统一社会信用代码", "uscc"),
                    // contract §3: a file without 企业名称 exits 2 although it is not part of the key.
                    key("企业名称", "name"),
                    optional("曾用名", "former_names"),
                    optional("行政区划代码", "region_code"),
                    optional("行业代码", "industry_code"),
                    optional("登记状态", "status"),
                    optional("成立日期", "founded_on"),
                    optional("法定代表人", "legal_rep_name"),
                    optional("法定代表人证件号码", "legal_rep_id_number"),
                    optional("工商注册号", "registration_number"))),
    ROLES(
            "roles",
            List.of(
                    key("统一社会信用代码", "uscc"),
                    optional("姓名", "name"),
                    optional("证件类型", "id_type"),
                    key("证件号码", "id_number"),
                    key("职务", "role"),
                    optional("持股比例", "share_percent"),
                    key("任职开始日期", "from"),
                    optional("任职结束日期", "to"))),
    INVESTMENTS(
            "investments",
            List.of(
                    key("投资方统一社会信用代码或证件号码", "investor_code"),
                    optional("投资方名称", "investor_name"),
                    key("被投资企业统一社会信用代码", "investee_uscc"),
                    optional("持股比例", "share_percent"),
                    key("认缴日期", "from"),
                    optional("退出日期", "to"))),
    PENALTIES(
            "penalties",
            List.of(
                    optional("行政相对人名称", "party_name"),
                    optional("行政相对人类别", "party_type"),
                    optional("统一社会信用代码", "uscc").alsoAccepting("行政相对人代码_1(统一社会信用代码)"),
                    optional("法定代表人", "legal_rep_name"),
                    optional("证件类型", "id_type"),
                    optional("证件号码", "id_number"),
                    key("行政处罚决定书文号", "decision_no"),
                    optional("违法行为类型", "violation_type"),
                    optional("违法事实", "facts"),
                    optional("处罚依据", "legal_basis"),
                    optional("处罚类别", "penalty_types"),
                    optional("处罚内容", "content"),
                    optional("罚款金额(万元)", "fine_wan"),
                    optional("没收违法所得、没收非法财物的金额(万元)", "confiscated_wan"),
                    optional("暂扣或吊销证照名称及编号", "licence"),
                    optional("处罚决定日期", "decided_on"),
                    optional("处罚有效期", "valid_until"),
                    optional("公示截止期", "publicity_until"),
                    optional("信用修复日期", "repaired_on"),
                    optional("处罚机关", "authority_name"),
                    key("处罚机关统一社会信用代码", "authority_uscc"),
                    optional("数据来源单位", "source_name"),
                    optional("数据来源单位统一社会信用代码", "source_uscc"),
                    optional("备注", "remarks"),
                    optional("公示日期", "published_on"),
                    optional("状态", "status"),
                    optional("状态日期", "status_on"))),
    ACCIDENTS(
            "accidents",
            List.of(
                    key("事故编号", "accident_no"),
                    optional("事故名称", "title"),
                    optional("发生日期", "occurred_on"),
                    optional("行政区划代码", "region_code"),
                    optional("行业代码", "industry_code"),
                    optional("事故类别", "category"),
                    optional("死亡人数", "deaths"),
                    optional("重伤人数", "serious_injuries"),
                    optional("直接经济损失(万元)", "loss_wan"),
                    optional("事故单位统一社会信用代码", "uscc"),
                    optional("事故单位名称", "enterprise_name"),
                    optional("是否责任事故", "liability"),
                    optional("调查报告批复日期", "report_approved_on"),
                    optional("事故等级", "grade"))),
    RESPONSIBILITIES(
            "responsibilities",
            List.of(
                    key("事故编号", "accident_no"),
                    optional("责任主体类别", "party_type"),
                    optional("姓名或名称", "name"),
                    key("证件号码或统一社会信用代码", "code"),
                    optional("所在单位统一社会信用代码", "employer_uscc"),
                    optional("职务", "position"),
                    optional("责任类型", "responsibility"),
                    optional("处理结果", "outcome"),
                    optional("处理日期", "outcome_on"),
                    optional("刑满日期", "sentence_end_on"))),
    LISTINGS(
            "listings",
            List.of(
                    key("名单类型", "list"),
                    optional("主体类别", "subject_type"),
                    optional("主体名称", "name"),
                    key("统一社会信用代码或证件号码", "code"),
                    optional("列入事由", "reason"),
                    optional("认定依据", "basis"),
                    optional("认定部门", "authority_name"),
                    optional("认定部门统一社会信用代码", "authority_uscc"),
                    key("列入日期", "listed_on"),
                    optional("管理期限届满日期", "expires_on"),
                    optional("移出日期", "removed_on"),
                    optional("移出原因", "removal_reason"),
                    optional("恢复日期", "restored_on"),
                    optional("工商注册号", "registration_number"),
                    optional("组织机构代码", "org_code"),
                    optional("来源编号", "source_id"))),
    HAZARDS(
            "hazards",
            List.of(
                    key("隐患编号", "hazard_no"),
                    optional("统一社会信用代码", "uscc"),
                    optional("单位名称", "enterprise_name"),
                    optional("隐患内容", "description"),
                    key("挂牌日期", "listed_on"),
                    optional("挂牌督办机关", "authority_name"),
                    optional("挂牌督办机关统一社会信用代码", "authority_uscc"),
                    optional("整改期限", "deadline"),
                    optional("整改销号日期", "closed_on"),
                    optional("责令停产停业日期", "suspension_ordered_on"),
                    optional("拒不执行", "refused"))),
    CREDIT_GRADES(
            "credit-grades",
            List.of(
                    key("统一社会信用代码", "uscc"),
                    optional("企业名称", "name"),
                    key("信用等级", "grade"),
                    optional("评定机关", "authority_name"),
                    optional("评定机关统一社会信用代码", "authority_uscc"),
                    key("有效期起", "valid_from"),
                    optional("有效期止", "valid_to")));

    /**
     * D12: columns (English names, extra columns of mappings included) that hold a person's
     * certificate number, or a code that is either a USCC or a person's number. The row mappers
     * hash these (or take them as a USCC); every other column is scrubbed of resident ID numbers
     * before a row is mapped, and rejects files mask these as a whole.
     */
    public static final Set<String> PERSON_ID_COLUMNS =
            Set.of("id_number", "legal_rep_id_number", "investor_code", "code", "principal_id_number");

    /** The seven KINDs the generator writes (contract §1); credit grades are loaded, not generated. */
    public static final List<Kind> GENERATED =
            List.of(ENTERPRISES, ROLES, INVESTMENTS, PENALTIES, ACCIDENTS, RESPONSIBILITIES, LISTINGS);

    private final String cliName;
    private final List<Column> columns;

    Kind(String cliName, List<Column> columns) {
        this.cliName = cliName;
        this.columns = columns;
    }

    public String cliName() {
        return cliName;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The file the generator writes for this KIND, e.g. {@code enterprises.csv}. */
    public String fileName() {
        return cliName + ".csv";
    }

    public static Optional<Kind> fromCliName(String name) {
        for (Kind kind : values()) {
            if (kind.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
