package org.creditgraph.loaders.generate;

import static org.creditgraph.loaders.generate.Plan.LEGAL_REP;
import static org.creditgraph.loaders.generate.Plan.PRINCIPAL;
import static org.creditgraph.loaders.generate.Plan.SAFETY_MANAGER;
import static org.creditgraph.loaders.generate.Planner.LIST_BLACK;
import static org.creditgraph.loaders.generate.Planner.LIST_JOINT;
import static org.creditgraph.loaders.generate.Planner.LIST_SERIOUS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.creditgraph.loaders.generate.Plan.Accident;
import org.creditgraph.loaders.generate.Plan.Investment;
import org.creditgraph.loaders.generate.Plan.Listing;
import org.creditgraph.loaders.generate.Plan.Penalty;
import org.creditgraph.loaders.generate.Plan.Responsibility;
import org.creditgraph.loaders.generate.Plan.Role;
import org.creditgraph.loaders.generate.RefData.Authority;
import org.creditgraph.loaders.generate.RefData.Violation;
import org.creditgraph.loaders.generate.World.Ent;

/**
 * Scripted "story" enterprises the check engine and its tests rely on. Stories live in blocks: the
 * enterprise with index {@code base + STORY} for every block base {@code 0, 10000, 20000, ...} with
 * {@code base + BLOCK <= scale} (so one block from scale {@value #BLOCK}; scale 100,000 has ten,
 * 1,000,000 a hundred). Their dates are the same in every block; names, codes and people differ. Each story's
 * person is the legal representative of its enterprise, i.e. person index {@code base + STORY}
 * ({@link World#personIdNumber(int)}). Reference date for "now": 2026-11-22.
 *
 * <p>Story enterprises get no random records; ordinary enterprises may still invest in them.
 */
public final class Stories {

    /** Distance between story blocks. */
    public static final int PERIOD = 10_000;

    /** SERIOUS_DISHONESTY listing (2025-05-20, expires 2028-05-20) in force on 2026-11-22, on an unlicensed-production penalty. */
    public static final int SD_IN_FORCE = 0;
    /** JOINT_SANCTION_TARGET 2021-10-20 (LARGER accident, expired) and SERIOUS_DISHONESTY 2025-08-12 (in force). */
    public static final int BOTH_REGIMES = 1;
    /** 黑名单 2023-09-18 with an explicit 管理期限届满日期 2026-12-31: a 2017-regime listing in force on 2026-11-22. */
    public static final int JST_IN_FORCE = 2;
    /** 联合惩戒对象 2019-05-10 without expiry date (regime default: expired 2020-05-10). */
    public static final int JST_EXPIRED = 3;
    /** SERIOUS_DISHONESTY 2023-10-20, expires 2026-10-20: expired before 2026-11-22. */
    public static final int SD_EXPIRED = 4;
    /** SERIOUS_DISHONESTY 2024-03-15, removed early 2025-05-20 (信用修复). */
    public static final int EARLY_REMOVAL = 5;
    /** SERIOUS_DISHONESTY 2024-01-10, removed 2025-02-14 (信用修复), restored 2025-08-01, expires 2027-01-10. */
    public static final int RESTORED = 6;
    /**
     * LARGER accident 2021-03-05; the principal (person {@code base+7}) bears 主要责任, 刑事处罚 on
     * 2021-11-30 with 刑满日期 2023-05-29 (5-year ban until 2028-05-29, D5).
     */
    public static final int FIVE_YEAR_BAN_ORIGIN = 7;
    /** Person {@code base+7} is 主要负责人 here from 2024-06-01 (other industry section): a 5-year ban breach. */
    public static final int FIVE_YEAR_BAN_BREACH = 8;
    /**
     * Coal mine (B0610): MAJOR accident 2019-07-12 (12 deaths); the principal (person {@code base+9})
     * bears 主要责任, 撤职 on 2020-01-20 (5-year ban ended 2025-01-20; lifetime ban in section B).
     */
    public static final int LIFETIME_BAN_ORIGIN = 9;
    /** Iron mine (B0810, same section B): person {@code base+9} is 主要负责人 from 2025-03-01: lifetime ban breach only. */
    public static final int LIFETIME_BAN_BREACH = 10;
    /** Listed (SERIOUS_DISHONESTY 2025-03-20, in force) group holding 60% of {@link #EXPOSURE_DEPTH1} and 10% of {@link #EXPOSURE_MINORITY}. */
    public static final int EXPOSURE_ROOT = 11;
    /** 60% owned by the listed root since 2016-04-01; holds 51% of {@link #EXPOSURE_DEPTH2}. */
    public static final int EXPOSURE_DEPTH1 = 12;
    /** 51% owned by depth 1 since 2018-07-01; holds 30% of {@link #EXPOSURE_DEPTH3}. */
    public static final int EXPOSURE_DEPTH2 = 13;
    /** 30% owned by depth 2 since 2020-09-01: three control edges below the listed root. */
    public static final int EXPOSURE_DEPTH3 = 14;
    /** 10% owned by the listed root: below the 25% control threshold. */
    public static final int EXPOSURE_MINORITY = 15;
    /** Two LARGER liability accidents (2025-12-10, 2026-06-05) within 12 months, no listing: D9 candidate on 2026-11-22. */
    public static final int TWO_LARGER_UNLISTED = 16;
    /** 瞒报 penalty 2026-06-18 (after a fatal accident 2026-03-02), no listing: D9 candidate. */
    public static final int CONCEALED_UNLISTED = 17;
    /** 谎报 penalty 2024-06-12; enterprise and its principal (自然人) listed SERIOUS_DISHONESTY 2024-08-26, in force. */
    public static final int FALSE_REPORT_LISTED = 18;
    /** Natural-person penalties: principal (2024-05-10) and safety manager (2025-03-18). */
    public static final int PERSON_PENALTIES = 19;
    /**
     * Gas utility: MAJOR accident 2024-09-10; principal (person {@code base+20}) 刑事处罚 until
     * 2030-03-09; enterprise and principal listed SERIOUS_DISHONESTY 2025-04-15.
     */
    public static final int LISTED_PERSON_ORIGIN = 20;
    /** 40% held since 2019-05-01 by the listed person {@code base+20}. */
    public static final int LISTED_PERSON_HOLDING = 21;
    /** Penalties with 状态: a 谎报 penalty 2026-02-10 annulled (撤销) 2026-07-01, a 变更 one, a valid one. */
    public static final int ANNULLED = 22;
    /** ESPECIALLY_MAJOR accident 2020-08-13 (31 deaths); unit and principal on the 黑名单 2021-03-15 (expired). */
    public static final int ESPECIALLY_MAJOR = 23;
    /** MAJOR accident 2026-05-11 (11 deaths), report 2026-10-15, no listing: D9 candidate (unit and principal). */
    public static final int MAJOR_UNLISTED = 24;
    /** Three fatal GENERAL liability accidents in 2022, no listing: 2017-regime D9 candidate on 2022-12-31. */
    public static final int THREE_FATAL_2022 = 25;
    /** An accident with 3 deaths (LARGER) whose 事故等级 claims 一般事故; not a liability accident. */
    public static final int GRADE_CLAIM_MISMATCH = 26;

    /** Number of stories in a block. */
    public static final int BLOCK = 27;

    private Stories() {}

    /** Block bases in use at {@code scale}: 0, 10000, ... while {@code base + BLOCK <= scale}. */
    public static List<Integer> blockBases(int scale) {
        List<Integer> bases = new ArrayList<>();
        for (long base = 0; base + BLOCK <= scale; base += PERIOD) {
            bases.add((int) base);
        }
        return bases;
    }

    /** The story at enterprise {@code index}, or -1. */
    public static int storyAt(int scale, int index) {
        int offset = index % PERIOD;
        int base = index - offset;
        return offset < BLOCK && base + BLOCK <= scale ? offset : -1;
    }

    record Override(String district, String industry, LocalDate founded, String status, boolean group) {}

    private static Override o(String district, String industry, String founded) {
        return new Override(district, industry, LocalDate.parse(founded), "存续", false);
    }

    private static final Override[] OVERRIDES = {
        o("620102", "C2614", "2012-05-18"),
        o("440305", "E4710", "2009-11-03"),
        o("610802", "B1011", "2006-04-12"),
        o("320506", "C3311", "2011-08-08"),
        new Override("130203", "G5435", LocalDate.parse("2013-02-27"), "在业", false),
        o("370211", "C2619", "2010-10-10"),
        o("500112", "F5162", "2014-01-06"),
        o("420106", "E4790", "2010-03-01"),
        o("420102", "G5430", "2014-06-01"),
        o("140213", "B0610", "2008-09-01"),
        o("140214", "B0810", "2012-12-12"),
        new Override("130202", "C3120", LocalDate.parse("2003-05-20"), "存续", true),
        o("130207", "C3130", "2016-03-15"),
        o("130104", "G5430", "2018-06-10"),
        o("130108", "F5123", "2020-08-18"),
        o("130102", "C3011", "2016-12-01"),
        o("500101", "E4811", "2011-05-05"),
        o("410402", "C2631", "2013-09-09"),
        o("230302", "B0610", "2005-07-07"),
        o("320115", "C3670", "2015-03-03"),
        o("510107", "D4511", "2007-02-14"),
        o("510104", "H6110", "2018-04-04"),
        o("350104", "C2922", "2012-02-02"),
        new Override("320507", "C2614", LocalDate.parse("2004-06-06"), "吊销", false),
        o("430104", "E4710", "2009-09-19"),
        o("140108", "C3120", "2001-01-15"),
        o("150621", "G5430", "2015-08-08"),
    };

    static Override override(World w, int index) {
        int story = storyAt(w.scale(), index);
        return story < 0 ? null : OVERRIDES[story];
    }

    // ---------------------------------------------------------------------------------------------

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** The scripted plan of story enterprise {@code index}. */
    static Plan plan(Planner pl, int index) {
        World w = pl.world;
        int story = storyAt(w.scale(), index);
        Ent e = w.enterprise(index);
        Plan p = new Plan(e);
        SplittableRandom r = w.rng(World.SALT_STORY, index);
        Script s = new Script(pl, p, r);
        p.addRole(index, LEGAL_REP, e.founded());
        Role principal = p.addRole(index, PRINCIPAL, e.founded());
        switch (story) {
            case SD_IN_FORCE -> {
                Penalty pen = s.penalty(RefData.UNLICENSED, "2025-03-12", 280_000);
                s.list(
                        LIST_SERIOUS,
                        -1,
                        Planner.listingReason(pen),
                        pen.authority,
                        "2025-05-20",
                        "2028-05-20",
                        pen.decisionNo);
            }
            case BOTH_REGIMES -> {
                Accident a = pl.accident(p, d("2021-04-08"), 3, 1, 58_032, "高处坠落", true, d("2021-08-20"));
                Penalty unit = s.unit(a, "2021-09-15", 1_200_000);
                s.respond(a, principal, "领导责任", "罚款", "2021-09-15", null, null);
                pl.personPenalty(p, r, index, RefData.PRINCIPAL_ACCIDENT, d("2021-09-15"), 86_000, a).status = "有效";
                s.list(
                        LIST_JOINT,
                        -1,
                        "发生较大生产安全责任事故",
                        a.authority,
                        "2021-10-20",
                        "2022-10-20",
                        a.number,
                        unit.decisionNo);
                Penalty pen = s.penalty(RefData.LICENCE_SUSPENDED, "2025-06-03", 300_000);
                s.list(
                        LIST_SERIOUS,
                        -1,
                        Planner.listingReason(pen),
                        pen.authority,
                        "2025-08-12",
                        "2028-08-12",
                        pen.decisionNo);
            }
            case JST_IN_FORCE -> {
                Accident a = pl.accident(p, d("2023-03-14"), 4, 2, 76_050, "坍塌", true, d("2023-07-20"));
                Penalty unit = s.unit(a, "2023-08-10", 1_500_000);
                s.respond(a, principal, "领导责任", "处分", "2023-08-10", null, null);
                s.list(
                        LIST_BLACK,
                        -1,
                        "发生较大生产安全责任事故",
                        a.authority,
                        "2023-09-18",
                        "2026-12-31",
                        a.number,
                        unit.decisionNo);
            }
            case JST_EXPIRED -> {
                Penalty pen = s.penalty(RefData.UNLICENSED, "2019-03-05", 150_000);
                s.list(LIST_JOINT, -1, Planner.listingReason(pen), pen.authority, "2019-05-10", null, pen.decisionNo);
            }
            case SD_EXPIRED -> {
                Penalty pen = s.penalty(RefData.LICENCE_SUSPENDED, "2023-08-15", 200_000);
                s.list(
                        LIST_SERIOUS,
                        -1,
                        Planner.listingReason(pen),
                        pen.authority,
                        "2023-10-20",
                        "2026-10-20",
                        pen.decisionNo);
            }
            case EARLY_REMOVAL -> {
                Penalty pen = s.penalty(RefData.UNLICENSED, "2024-01-22", 360_000);
                Listing l = s.list(
                        LIST_SERIOUS,
                        -1,
                        Planner.listingReason(pen),
                        pen.authority,
                        "2024-03-15",
                        "2027-03-15",
                        pen.decisionNo);
                l.removedOn = d("2025-05-20");
                l.removalReason = "信用修复";
            }
            case RESTORED -> {
                Penalty pen = s.penalty(RefData.LICENCE_SUSPENDED, "2023-11-20", 250_000);
                Listing l = s.list(
                        LIST_SERIOUS,
                        -1,
                        Planner.listingReason(pen),
                        pen.authority,
                        "2024-01-10",
                        "2027-01-10",
                        pen.decisionNo);
                l.removedOn = d("2025-02-14");
                l.removalReason = "信用修复";
                l.restoredOn = d("2025-08-01");
            }
            case FIVE_YEAR_BAN_ORIGIN -> {
                Role safety = p.addRole(w.staffPerson(r), SAFETY_MANAGER, d("2015-06-01"));
                Accident a = pl.accident(p, d("2021-03-05"), 3, 0, 41_288, "坍塌", true, d("2021-07-15"));
                Penalty unit = s.unit(a, "2021-11-30", 1_100_000);
                s.respond(a, principal, "主要责任", "刑事处罚", "2021-11-30", "2023-05-29", "2021-03-12");
                s.respond(a, safety, "直接责任", "刑事处罚", "2021-11-30", "2023-02-28", "2021-03-12");
                s.list(LIST_BLACK, -1, "发生较大生产安全责任事故", a.authority, "2022-01-10", null, a.number, unit.decisionNo);
            }
            case FIVE_YEAR_BAN_BREACH -> {
                principal.to = d("2024-05-31");
                p.addRole(index - FIVE_YEAR_BAN_BREACH + FIVE_YEAR_BAN_ORIGIN, PRINCIPAL, d("2024-06-01"));
            }
            case LIFETIME_BAN_ORIGIN -> {
                Accident a = pl.accident(p, d("2019-07-12"), 12, 7, 265_050, "透水", true, d("2020-01-10"));
                Penalty unit = s.unit(a, "2020-01-20", 3_200_000);
                s.respond(a, principal, "主要责任", "撤职", "2020-01-20", null, "2019-07-20");
                Penalty own = pl.personPenalty(p, r, index, RefData.PRINCIPAL_ACCIDENT, d("2020-01-20"), 156_000, a);
                own.status = "有效";
                s.list(LIST_BLACK, -1, "发生重大生产安全责任事故", a.authority, "2020-03-02", null, a.number, unit.decisionNo);
                s.list(
                        LIST_JOINT,
                        index,
                        "对重大生产安全事故负有主要责任的主要负责人",
                        a.authority,
                        "2020-03-02",
                        null,
                        a.number,
                        own.decisionNo);
            }
            case LIFETIME_BAN_BREACH -> {
                principal.to = d("2025-02-28");
                p.addRole(index - LIFETIME_BAN_BREACH + LIFETIME_BAN_ORIGIN, PRINCIPAL, d("2025-03-01"));
            }
            case EXPOSURE_ROOT -> {
                Penalty pen = s.penalty(RefData.UNLICENSED, "2025-01-08", 420_000);
                s.list(
                        LIST_SERIOUS,
                        -1,
                        Planner.listingReason(pen),
                        pen.authority,
                        "2025-03-20",
                        "2028-03-20",
                        pen.decisionNo);
            }
            case EXPOSURE_DEPTH1 -> s.heldBy(index - 1, 600, "2016-04-01");
            case EXPOSURE_DEPTH2 -> s.heldBy(index - 1, 510, "2018-07-01");
            case EXPOSURE_DEPTH3 -> s.heldBy(index - 1, 300, "2020-09-01");
            case EXPOSURE_MINORITY -> s.heldBy(index - EXPOSURE_MINORITY + EXPOSURE_ROOT, 100, "2017-01-01");
            case TWO_LARGER_UNLISTED -> {
                Accident a = pl.accident(p, d("2025-12-10"), 3, 2, 62_010, "坍塌", true, d("2026-03-20"));
                s.unit(a, "2026-04-10", 1_300_000);
                s.respond(a, principal, "主要责任", "罚款", "2026-04-10", null, null);
                Accident b = pl.accident(p, d("2026-06-05"), 1, 12, 123_075, "起重伤害", true, d("2026-09-25"));
                s.unit(b, "2026-10-20", 1_600_000);
                s.respond(b, principal, "主要责任", "罚款", "2026-10-20", null, null);
            }
            case CONCEALED_UNLISTED -> {
                Accident a = pl.accident(p, d("2026-03-02"), 1, 0, 18_500, "中毒和窒息", true, d("2026-06-01"));
                s.unit(a, "2026-06-18", 500_000);
                s.respond(a, principal, "领导责任", "处分", "2026-06-18", null, null);
                Penalty pen = s.penalty(RefData.CONCEALED, "2026-06-18", 1_500_000);
                pen.facts = "该单位于" + Fmt.chineseDate(a.occurredOn) + "发生" + a.title + "（事故编号" + a.number
                        + "），造成1人死亡，未按规定上报，瞒报事故。";
                pen.neverList = true;
            }
            case FALSE_REPORT_LISTED -> {
                Accident a = pl.accident(p, d("2024-02-18"), 2, 1, 35_060, "冒顶片帮", true, d("2024-05-30"));
                s.unit(a, "2024-06-12", 800_000);
                s.respond(a, principal, "主要责任", "罚款", "2024-06-12", null, null);
                pl.personPenalty(p, r, index, RefData.PRINCIPAL_ACCIDENT, d("2024-06-12"), 120_000, a).status = "有效";
                Penalty pen = s.penalty(RefData.FALSELY_REPORTED, "2024-06-12", 2_000_000);
                pen.facts = "该单位于" + Fmt.chineseDate(a.occurredOn) + "发生" + a.title + "（事故编号" + a.number
                        + "），造成2人死亡，事故发生后谎报死亡人数为1人。";
                s.list(
                        LIST_SERIOUS,
                        -1,
                        "谎报生产安全事故",
                        pen.authority,
                        "2024-08-26",
                        "2027-08-26",
                        pen.decisionNo,
                        a.number);
                s.list(
                        LIST_SERIOUS,
                        index,
                        "谎报生产安全事故的主要负责人",
                        pen.authority,
                        "2024-08-26",
                        "2027-08-26",
                        pen.decisionNo);
            }
            case PERSON_PENALTIES -> {
                Role safety = p.addRole(w.staffPerson(r), SAFETY_MANAGER, d("2016-01-01"));
                Penalty a = pl.personPenalty(p, r, index, RefData.PRINCIPAL_DUTY, d("2024-05-10"), 32_000, null);
                a.status = "有效";
                Penalty b = pl.personPenalty(p, r, safety.person, RefData.MANAGER_DUTY, d("2025-03-18"), 15_000, null);
                b.status = "有效";
            }
            case LISTED_PERSON_ORIGIN -> {
                Accident a = pl.accident(p, d("2024-09-10"), 10, 6, 412_030, "其它爆炸", true, d("2025-02-20"));
                Penalty unit = s.unit(a, "2025-03-10", 3_500_000);
                s.respond(a, principal, "主要责任", "刑事处罚", "2025-03-10", "2030-03-09", "2024-09-15");
                Penalty own = pl.personPenalty(p, r, index, RefData.PRINCIPAL_BAN, d("2025-03-10"), 450_000, a);
                own.status = "有效";
                s.list(
                        LIST_SERIOUS,
                        -1,
                        "发生重大生产安全责任事故",
                        a.authority,
                        "2025-04-15",
                        "2028-04-15",
                        a.number,
                        unit.decisionNo);
                s.list(
                        LIST_SERIOUS,
                        index,
                        "对重大生产安全事故负有主要责任的主要负责人",
                        a.authority,
                        "2025-04-15",
                        "2028-04-15",
                        a.number,
                        own.decisionNo);
            }
            case LISTED_PERSON_HOLDING -> pl.shareholder(p, index - 1, 400, d("2019-05-01"));
            case ANNULLED -> {
                Penalty annulled = s.penalty(RefData.FALSELY_REPORTED, "2026-02-10", 1_200_000);
                annulled.status = "撤销";
                annulled.statusOn = d("2026-07-01");
                annulled.remarks = "经行政复议撤销";
                annulled.neverList = true;
                Penalty changed = s.penalty(RefData.HAZARD, "2024-04-08", 80_000);
                changed.status = "变更";
                changed.statusOn = d("2024-06-20");
                changed.remarks = "经行政复议变更罚款金额";
                s.penalty(RefData.TRAINING, "2025-09-01", 20_000);
            }
            case ESPECIALLY_MAJOR -> {
                Role safety = p.addRole(w.staffPerson(r), SAFETY_MANAGER, d("2010-05-01"));
                Accident a = pl.accident(p, d("2020-08-13"), 31, 24, 1_963_240, "其它爆炸", true, d("2021-01-20"));
                Penalty unit = s.unit(a, "2021-02-26", 9_800_000);
                s.respond(a, principal, "主要责任", "刑事处罚", "2021-02-26", "2028-02-25", "2020-08-14");
                s.respond(a, safety, "直接责任", "刑事处罚", "2021-02-26", "2026-02-25", "2020-08-14");
                s.list(LIST_BLACK, -1, "发生特别重大生产安全责任事故", a.authority, "2021-03-15", null, a.number, unit.decisionNo);
                s.list(LIST_BLACK, index, "对特别重大生产安全事故负有主要责任的主要负责人", a.authority, "2021-03-15", null, a.number);
            }
            case MAJOR_UNLISTED -> {
                Accident a = pl.accident(p, d("2026-05-11"), 11, 3, 356_000, "坍塌", true, d("2026-10-15"));
                s.unit(a, "2026-10-28", 4_800_000);
                s.respond(a, principal, "主要责任", "刑事处罚", "2026-10-28", "2031-10-27", "2026-05-18");
            }
            case THREE_FATAL_2022 -> {
                String[][] events = {
                    {"2022-02-11", "灼烫", "9630", "2022-04-12", "400000"},
                    {"2022-06-20", "机械伤害", "12040", "2022-08-19", "450000"},
                    {"2022-11-03", "起重伤害", "15075", "2023-01-02", "500000"},
                };
                for (String[] ev : events) {
                    LocalDate report = d(ev[3]);
                    Accident a = pl.accident(p, d(ev[0]), 1, 0, Long.parseLong(ev[2]), ev[1], true, report);
                    String outcome = report.plusDays(15).toString();
                    s.unit(a, outcome, Long.parseLong(ev[4]));
                    s.respond(a, principal, "领导责任", "处分", outcome, null, null);
                }
            }
            case GRADE_CLAIM_MISMATCH -> {
                Accident a = pl.accident(p, d("2018-05-06"), 3, 1, 21_000, "车辆伤害", false, d("2018-09-10"));
                a.claimedGrade = "一般事故";
            }
            default -> throw new IllegalStateException("no story at " + index);
        }
        p.penalties.sort(java.util.Comparator.comparing(pen -> pen.decidedOn));
        return p;
    }

    /** Story building blocks with fixed dates and deterministic statuses. */
    private record Script(Planner pl, Plan p, SplittableRandom r) {

        Penalty penalty(Violation v, String date, long fine) {
            Penalty pen = pl.penalty(p, r, v, d(date), fine, p.ent.district().city().cityAuthority);
            pen.status = "有效";
            pen.statusOn = null;
            return pen;
        }

        Penalty unit(Accident a, String outcome, long fine) {
            Penalty pen = pl.unitResponsibility(p, r, a, "主要责任", d(outcome), fine);
            pen.status = "有效";
            pen.statusOn = null;
            return pen;
        }

        void respond(
                Accident a,
                Role role,
                String resp,
                String result,
                String outcome,
                String sentenceEnd,
                String lastDayInOffice) {
            p.responsibilities.add(new Responsibility(
                    a, role.person, role.role, resp, result, d(outcome), sentenceEnd == null ? null : d(sentenceEnd)));
            if (lastDayInOffice != null) {
                p.removeFromOffice(role.person, d(lastDayInOffice), pl.world);
            }
        }

        Listing list(
                String list,
                int person,
                String reason,
                Authority authority,
                String listed,
                String expires,
                String... basis) {
            Listing l = new Listing();
            l.list = list;
            l.person = person;
            l.reason = reason;
            l.authority = authority;
            l.listedOn = d(listed);
            l.expiresOn = expires == null ? null : d(expires);
            l.basis.addAll(List.of(basis));
            p.listings.add(l);
            return l;
        }

        void heldBy(int parentIndex, int shareTenths, String from) {
            Ent parent = pl.world.enterprise(parentIndex);
            p.investments.add(new Investment(parent.uscc(), parent.name(), Fmt.share(shareTenths), d(from), null));
        }
    }
}
