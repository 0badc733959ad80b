package org.creditgraph.loaders.generate;

import static org.creditgraph.loaders.generate.Plan.DIRECTOR;
import static org.creditgraph.loaders.generate.Plan.LEGAL_REP;
import static org.creditgraph.loaders.generate.Plan.PRINCIPAL;
import static org.creditgraph.loaders.generate.Plan.SAFETY_MANAGER;
import static org.creditgraph.loaders.generate.Plan.SHAREHOLDER;
import static org.creditgraph.loaders.generate.Plan.SUPERVISOR;
import static org.creditgraph.loaders.generate.RefData.END;
import static org.creditgraph.loaders.generate.RefData.SERIOUS_DISHONESTY_REGIME;
import static org.creditgraph.loaders.generate.RefData.START;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.creditgraph.loaders.generate.Plan.Accident;
import org.creditgraph.loaders.generate.Plan.Investment;
import org.creditgraph.loaders.generate.Plan.Listing;
import org.creditgraph.loaders.generate.Plan.Penalty;
import org.creditgraph.loaders.generate.Plan.Responsibility;
import org.creditgraph.loaders.generate.Plan.Role;
import org.creditgraph.loaders.generate.RefData.Authority;
import org.creditgraph.loaders.generate.RefData.District;
import org.creditgraph.loaders.generate.RefData.Violation;
import org.creditgraph.loaders.generate.World.Ent;
import org.creditgraph.loaders.generate.World.Person;

/**
 * Plans the records of one ordinary (non-story) enterprise from its own random stream, and offers
 * the building blocks (accident, responsibility, penalty, listing) that {@link Stories} use.
 */
final class Planner {

    static final String LIST_JOINT = "联合惩戒对象";
    static final String LIST_BLACK = "黑名单";
    static final String LIST_SERIOUS = "严重失信主体名单";

    /** Scales the industries' accident rates to ≈ 0.085 random accidents per enterprise. */
    private static final double ACCIDENT_FACTOR = 0.83;

    private static final String[] GRADE_ZH = {"一般", "较大", "重大", "特别重大"};

    final World world;
    final Numbering numbering;

    Planner(World world, Numbering numbering) {
        this.world = world;
        this.numbering = numbering;
    }

    Plan plan(int i) {
        Plan p = new Plan(world.enterprise(i));
        SplittableRandom r = world.rng(World.SALT_PLAN, i);
        roles(p, r);
        investments(p, r);
        accidents(p, r);
        penalties(p, r);
        listings(p, r);
        if (i % 200 == 77) {
            shopPenalty(p, r);
        }
        return p;
    }

    /** A penalty against a 个体工商户 without USCC (D1 placeholder code), not in enterprises.csv. */
    private void shopPenalty(Plan p, SplittableRandom r) {
        District d = p.ent.district();
        String brand = "" + RefData.BRAND_CHARS.charAt(r.nextInt(RefData.BRAND_CHARS.length()))
                + RefData.BRAND_CHARS.charAt(r.nextInt(RefData.BRAND_CHARS.length()));
        Violation v = r.nextBoolean() ? RefData.FIREWORKS : RefData.SHOP_SIGNS;
        Penalty pen = penalty(p, r, v, Fmt.between(r, START, END), fine(r, v), authorityFor(d, r));
        pen.shopName = d.city().name + d.name() + brand + RefData.SMALL_SHOPS[r.nextInt(RefData.SMALL_SHOPS.length)];
        pen.shopOperator = world.person(r.nextInt(world.corePersonCount())).name();
        pen.shopCode = "00000000000000000X";
    }

    // ---------------------------------------------------------------------------------------------
    // Roles and investments.

    private void roles(Plan p, SplittableRandom r) {
        int i = p.ent.index();
        LocalDate founded = p.ent.founded();
        LocalDate legalFrom = founded;
        if (r.nextInt(100) < 8 && founded.plusDays(400).isBefore(END)) {
            LocalDate change = Fmt.between(r, founded.plusDays(200), END.minusDays(100));
            Role previous = p.addRole(world.formerLegalRep(i), LEGAL_REP, founded);
            previous.to = change.minusDays(1);
            legalFrom = change;
        }
        p.addRole(i, LEGAL_REP, legalFrom);
        int separate = world.separatePrincipal(i);
        if (separate >= 0) {
            p.addRole(separate, PRINCIPAL, Fmt.min(END, founded.plusDays(r.nextInt(400))));
        } else if (r.nextInt(100) < 85) {
            p.addRole(i, PRINCIPAL, legalFrom);
        }
        if (r.nextInt(100) < 55) {
            Role safety =
                    p.addRole(world.staffPerson(r), SAFETY_MANAGER, Fmt.min(END, founded.plusDays(r.nextInt(1000))));
            if (r.nextInt(100) < 12 && safety.from.plusDays(400).isBefore(END)) {
                LocalDate last = Fmt.between(r, safety.from.plusDays(200), END.minusDays(100));
                safety.to = last;
                p.addRole(world.staffPerson(r), SAFETY_MANAGER, last.plusDays(1));
            }
        }
        if (r.nextInt(100) < 15) {
            int n = 1 + r.nextInt(3);
            int previous = -1;
            for (int k = 0; k < n; k++) {
                int person = r.nextInt(world.corePersonCount());
                if (person != previous) {
                    p.addRole(person, DIRECTOR, Fmt.min(END, founded.plusDays(r.nextInt(720))));
                    previous = person;
                }
            }
        }
        if (r.nextInt(100) < 12) {
            p.addRole(r.nextInt(world.corePersonCount()), SUPERVISOR, Fmt.min(END, founded.plusDays(r.nextInt(720))));
        }
    }

    private void investments(Plan p, SplittableRandom r) {
        int i = p.ent.index();
        LocalDate founded = p.ent.founded();
        int enterpriseShare = 0;
        if (i > 0 && r.nextInt(100) < 30) {
            Ent parent = world.enterprise(r.nextInt(i));
            enterpriseShare = r.nextInt(100) < 70 ? 250 + 5 * r.nextInt(151) : 50 + 5 * r.nextInt(40);
            if (r.nextInt(100) < 20) {
                enterpriseShare = 1000;
            }
            LocalDate from =
                    Fmt.min(END.minusDays(1), Fmt.max(founded, parent.founded()).plusDays(r.nextInt(900)));
            LocalDate to = null;
            if (r.nextInt(100) < 8 && from.plusDays(400).isBefore(END)) {
                to = Fmt.between(r, from.plusDays(365), END);
            }
            p.investments.add(new Investment(parent.uscc(), parent.name(), Fmt.share(enterpriseShare), from, to));
        }
        if (enterpriseShare < 1000 && r.nextInt(100) < 30) {
            int person = r.nextInt(100) < 55 ? i : r.nextInt(world.scale());
            int left = 1000 - enterpriseShare;
            int share;
            if (enterpriseShare == 0) {
                share = r.nextInt(100) < 70 ? 300 + 10 * r.nextInt(71) : 50 + 10 * r.nextInt(25);
            } else {
                share = Math.max(10, Math.min(left, 10 * (1 + r.nextInt(Math.max(1, left / 10)))));
            }
            shareholder(p, person, share, Fmt.min(END.minusDays(1), founded.plusDays(r.nextInt(365))));
        }
    }

    /** A natural-person shareholder: an investment row and a 股东 role with the same share. */
    void shareholder(Plan p, int person, int shareTenths, LocalDate from) {
        Person who = world.person(person);
        String share = Fmt.share(shareTenths);
        p.investments.add(new Investment(who.idNumber(), who.name(), share, from, null));
        p.roles.add(new Role(person, SHAREHOLDER, share, from, null));
    }

    // ---------------------------------------------------------------------------------------------
    // Accidents and their consequences.

    private void accidents(Plan p, SplittableRandom r) {
        double rate = p.ent.industry().accidentRate() * ACCIDENT_FACTOR;
        if (r.nextDouble() >= rate) {
            return;
        }
        LocalDate lo = Fmt.max(START, p.ent.founded().plusDays(60));
        if (lo.isAfter(END)) {
            return;
        }
        int n = r.nextInt(100) < 12 ? 2 : 1;
        List<LocalDate> dates = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            dates.add(Fmt.between(r, lo, END));
        }
        dates.sort(Comparator.naturalOrder());
        for (LocalDate date : dates) {
            Accident a = randomAccident(p, r, date);
            randomConsequences(p, r, a);
        }
    }

    private Accident randomAccident(Plan p, SplittableRandom r, LocalDate occurred) {
        int x = r.nextInt(1000);
        int tier = x < 955 ? 0 : x < 993 ? 1 : x < 999 ? 2 : 3;
        int deaths;
        int injuries;
        long loss;
        switch (tier) {
            case 0 -> {
                int d = r.nextInt(100);
                deaths = d < 25 ? 0 : d < 85 ? 1 : 2;
                injuries = deaths == 0 ? Fmt.in(r, 1, 6) : r.nextInt(100) < 90 ? r.nextInt(3) : Fmt.in(r, 3, 9);
                loss = deaths * Fmt.in(r, 8_000L, 20_000L) + Fmt.in(r, 500L, 30_000L);
            }
            case 1 -> {
                int t = r.nextInt(10);
                if (t < 8) {
                    deaths = Fmt.in(r, 3, 9);
                    injuries = r.nextInt(10);
                    loss = Fmt.in(r, 30_000L, 99_999L);
                } else if (t == 8) {
                    deaths = r.nextInt(3);
                    injuries = Fmt.in(r, 10, 30);
                    loss = Fmt.in(r, 20_000L, 99_999L);
                } else {
                    deaths = r.nextInt(3);
                    injuries = r.nextInt(10);
                    loss = Fmt.in(r, 100_000L, 499_999L);
                }
            }
            case 2 -> {
                if (r.nextInt(100) < 85) {
                    deaths = Fmt.in(r, 10, 29);
                    injuries = r.nextInt(50);
                    loss = Fmt.in(r, 150_000L, 499_999L);
                } else {
                    deaths = Fmt.in(r, 3, 9);
                    injuries = r.nextInt(50);
                    loss = Fmt.in(r, 500_000L, 999_999L);
                }
            }
            default -> {
                deaths = Fmt.in(r, 30, 45);
                injuries = r.nextInt(100);
                loss = Fmt.in(r, 1_000_000L, 3_000_000L);
            }
        }
        String[] categories = p.ent.industry().categories();
        String category = categories[r.nextInt(categories.length)];
        boolean liability = tier >= 2 || r.nextInt(100) < 88;
        LocalDate report = occurred.plusDays(tier >= 2 ? Fmt.in(r, 120, 300) : Fmt.in(r, 40, 180));
        if (report.isAfter(END)) {
            report = null;
        }
        Accident a = accident(p, occurred, deaths, injuries, loss, category, liability, report);
        if (r.nextInt(100) < 60) {
            a.claimedGrade = GRADE_ZH[a.grade()] + "事故";
        }
        return a;
    }

    /** Creates, numbers and adds an accident. */
    Accident accident(
            Plan p,
            LocalDate occurred,
            int deaths,
            int injuries,
            long lossCentiWan,
            String category,
            boolean liability,
            LocalDate reportApproved) {
        Accident a = new Accident();
        a.occurredOn = occurred;
        a.deaths = deaths;
        a.seriousInjuries = injuries;
        a.lossCentiWan = lossCentiWan;
        a.category = category;
        a.liability = liability;
        a.reportApprovedOn = reportApproved;
        int g = a.grade();
        a.title = p.ent.name() + Fmt.tag(occurred) + (g == 0 ? "" : GRADE_ZH[g]) + category + "事故";
        a.number = numbering.accident(p.ent.district(), occurred);
        a.authority = p.ent.district().city().provinceAuthority != null && g >= 1
                ? p.ent.district().city().provinceAuthority
                : p.ent.district().city().cityAuthority;
        p.accidents.add(a);
        return a;
    }

    private void randomConsequences(Plan p, SplittableRandom r, Accident a) {
        if (!a.liability || a.reportApprovedOn == null) {
            return;
        }
        LocalDate outcome = Fmt.min(END, a.reportApprovedOn.plusDays(Fmt.in(r, 10, 60)));
        int g = a.grade();
        unitResponsibility(p, r, a, r.nextInt(100) < 85 ? "主要责任" : "重要责任", outcome, accidentFine(r, g, outcome));
        Role principal = p.principalOn(a.occurredOn);
        int principalPerson = principal == null ? -1 : principal.person;
        if (principal != null && r.nextInt(100) < 95) {
            String resp = r.nextInt(100) < (g >= 2 ? 70 : 40) ? "主要责任" : "领导责任";
            int x = r.nextInt(100);
            String result =
                    switch (g) {
                        case 0 -> x < 60 ? "罚款" : x < 85 ? "处分" : x < 92 ? "撤职" : "刑事处罚";
                        case 1 -> x < 40 ? "罚款" : x < 55 ? "处分" : x < 75 ? "撤职" : "刑事处罚";
                        default -> x < 10 ? "罚款" : x < 25 ? "撤职" : "刑事处罚";
                    };
            LocalDate sentenceEnd = result.equals("刑事处罚") ? outcome.plusDays(Fmt.in(r, 365, 6 * 365)) : null;
            personResponsibility(p, r, a, principal, resp, result, outcome, sentenceEnd);
            if (result.equals("罚款") && r.nextInt(100) < 70) {
                long fine = 1000L * Fmt.in(r, 30, 200) * (g + 1);
                personPenalty(p, r, principal.person, RefData.PRINCIPAL_ACCIDENT, outcome, fine, a);
            }
        }
        Role safety = p.heldOn(SAFETY_MANAGER, a.occurredOn);
        if (safety != null && safety.person != principalPerson && r.nextInt(100) < 90) {
            int x = r.nextInt(100);
            String result = g == 0 ? x < 50 ? "罚款" : x < 85 ? "处分" : "刑事处罚" : x < 25 ? "罚款" : x < 40 ? "撤职" : "刑事处罚";
            LocalDate sentenceEnd = result.equals("刑事处罚") ? outcome.plusDays(Fmt.in(r, 365, 4 * 365)) : null;
            personResponsibility(p, r, a, safety, "直接责任", result, outcome, sentenceEnd);
            if (result.equals("罚款") && r.nextInt(100) < 30) {
                personPenalty(p, r, safety.person, RefData.MANAGER_DUTY, outcome, 1000L * Fmt.in(r, 10, 20), a);
            }
        }
    }

    /** D2-graded fine for the unit (安全生产法 2014 Art. 109 / 2021 Art. 114), in CNY. */
    static long accidentFine(SplittableRandom r, int grade, LocalDate decided) {
        boolean newLaw = !decided.isBefore(RefData.NEW_SAFETY_LAW);
        long[][] ranges = newLaw
                ? new long[][] {{300, 1000}, {1000, 2000}, {2000, 10000}, {10000, 20000}}
                : new long[][] {{200, 500}, {500, 1000}, {1000, 5000}, {5000, 10000}};
        long[] range = ranges[grade];
        return 1000L * Fmt.in(r, range[0], range[1]);
    }

    /** The enterprise's own responsibility and the penalty that goes with it (decided on the outcome date). */
    Penalty unitResponsibility(Plan p, SplittableRandom r, Accident a, String resp, LocalDate outcome, long fineYuan) {
        p.responsibilities.add(new Responsibility(a, -1, "", resp, "罚款", outcome, null));
        boolean newLaw = !outcome.isBefore(RefData.NEW_SAFETY_LAW);
        String[] items = {"（一）", "（二）", "（三）", "（四）"};
        String basis = newLaw
                ? "《中华人民共和国安全生产法》第一百一十四条第一款第" + items[a.grade()] + "项"
                : "《中华人民共和国安全生产法》（2014年修正）第一百零九条第" + items[a.grade()] + "项";
        String facts = Fmt.chineseDate(a.occurredOn) + "，该单位发生" + a.title + "，造成" + a.deaths + "人死亡、"
                + a.seriousInjuries + "人重伤，直接经济损失" + Fmt.centi(a.lossCentiWan) + "万元。经调查认定，该单位对事故发生负有责任。";
        Violation v = new Violation("对生产安全事故发生负有责任", facts, basis, "罚款", "罚款", fineYuan, fineYuan, false, false, 2);
        Penalty pen = penalty(p, r, v, outcome, fineYuan, a.authority);
        return pen;
    }

    /**
     * A person's responsibility for an accident. A criminal penalty or dismissal removes the person
     * from office at the enterprise a few days after the accident (detention, suspension), and a
     * staff member succeeds to the offices they held.
     */
    void personResponsibility(
            Plan p,
            SplittableRandom r,
            Accident a,
            Role role,
            String resp,
            String result,
            LocalDate outcome,
            LocalDate sentenceEnd) {
        p.responsibilities.add(new Responsibility(a, role.person, role.role, resp, result, outcome, sentenceEnd));
        // D5: a criminal penalty or dismissal ends the office; so does any responsibility for a MAJOR or
        // worse accident (lifetime ban in the industry), so that the only ban breaches are the stories'.
        if (result.equals("刑事处罚") || result.equals("撤职") || a.grade() >= 2) {
            LocalDate last = Fmt.min(a.occurredOn.plusDays(Fmt.in(r, 2, 20)), outcome.minusDays(1));
            p.removeFromOffice(role.person, Fmt.max(last, a.occurredOn), world);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Penalties.

    private void penalties(Plan p, SplittableRandom r) {
        LocalDate lo = Fmt.max(START, p.ent.founded().plusDays(30));
        if (lo.isAfter(END)) {
            return;
        }
        int x = r.nextInt(100);
        int n = x < 45 ? 0 : x < 65 ? 1 : x < 80 ? 2 : x < 90 ? 3 : x < 95 ? 4 : 5 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            LocalDate date = Fmt.between(r, lo, END);
            Violation v = pickViolation(p, r);
            penalty(p, r, v, date, fine(r, v), authorityFor(p.ent.district(), r));
        }
        for (int k = 0, size = p.accidents.size(); k < size; k++) {
            Accident a = p.accidents.get(k);
            if (r.nextInt(100) < 3) {
                LocalDate date = a.occurredOn.plusDays(Fmt.in(r, 20, 200));
                if (!date.isAfter(END)) {
                    Violation v = r.nextBoolean() ? RefData.CONCEALED : RefData.FALSELY_REPORTED;
                    Penalty pen = penalty(p, r, v, date, fine(r, v), a.authority);
                    pen.facts = "该单位于" + Fmt.chineseDate(a.occurredOn) + "发生" + a.title + "（事故编号" + a.number + "），"
                            + (v == RefData.CONCEALED ? "未按规定上报，瞒报事故。" : "谎报事故伤亡人数。");
                }
            }
        }
        if (r.nextInt(100) < 7) {
            LocalDate date = Fmt.between(r, lo, END);
            Role safety = p.heldOn(SAFETY_MANAGER, date);
            if (safety != null && r.nextBoolean()) {
                personPenalty(p, r, safety.person, RefData.MANAGER_DUTY, date, 1000L * Fmt.in(r, 10, 20), null);
            } else {
                Role principal = p.principalOn(date);
                if (principal != null) {
                    personPenalty(
                            p, r, principal.person, RefData.PRINCIPAL_DUTY, date, 1000L * Fmt.in(r, 20, 50), null);
                }
            }
        }
        p.penalties.sort(Comparator.comparing(pen -> pen.decidedOn));
    }

    private static Violation pickViolation(Plan p, SplittableRandom r) {
        Violation[] all = p.ent.industry().violations();
        int general = RefData.GENERAL_VIOLATIONS.length;
        if (r.nextInt(100) < 85) {
            return all[r.nextInt(general)];
        }
        return all[general + r.nextInt(all.length - general)];
    }

    static long fine(SplittableRandom r, Violation v) {
        if (v.fineMaxYuan() == 0) {
            return 0;
        }
        long step = r.nextInt(100) < 20 ? 500 : 1000;
        return step * Fmt.in(r, v.fineMinYuan() / step, v.fineMaxYuan() / step);
    }

    /** The authority deciding a penalty in a district: the city's bureau, sometimes the province or district. */
    static Authority authorityFor(District d, SplittableRandom r) {
        int x = r.nextInt(100);
        if (d.code().equals("110105") && x < 60) {
            return RefData.CHAOYANG;
        }
        if (d.code().equals("310115") && x < 60) {
            return RefData.PUDONG;
        }
        if (d.city().provinceAuthority != null && x >= 85) {
            return d.city().provinceAuthority;
        }
        return d.city().cityAuthority;
    }

    /** A natural-person penalty (自然人, 证件号码) against {@code person} working at the enterprise. */
    Penalty personPenalty(
            Plan p, SplittableRandom r, int person, Violation v, LocalDate date, long fineYuan, Accident a) {
        Authority authority = a != null ? a.authority : authorityFor(p.ent.district(), r);
        Penalty pen = penalty(p, r, v, date, fineYuan, authority);
        pen.person = person;
        if (a != null) {
            pen.facts = "当事人在" + p.ent.name() + "任职期间未履行安全生产管理职责，对" + Fmt.chineseDate(a.occurredOn) + "发生的" + a.title
                    + "负有责任。";
        }
        return pen;
    }

    /** A penalty against the enterprise, numbered by its authority; adds it to the plan. */
    Penalty penalty(Plan p, SplittableRandom r, Violation v, LocalDate date, long fineYuan, Authority authority) {
        Penalty pen = new Penalty();
        pen.violation = v;
        pen.violationType = v.type();
        pen.facts = v.facts();
        pen.basis = v.basis();
        boolean oldWording = date.isBefore(RefData.NEW_PENALTY_LAW);
        pen.types = oldWording ? v.typesOld() : v.typesNew();
        long confiscated = 0;
        if (fineYuan > 0) {
            pen.fineWan = Fmt.wan(fineYuan);
        }
        if (v.confiscation()) {
            confiscated = 100L * Fmt.in(r, 50, 3000) + r.nextInt(100);
            pen.confiscatedWan = Fmt.wan(confiscated);
        }
        if (v.licence()) {
            pen.licence = licence(p, r, date);
        }
        pen.content = content(pen.types, fineYuan, confiscated);
        pen.decidedOn = date;
        int years = v.severity() >= 2 ? 3 : 1;
        if (r.nextInt(100) < 95) {
            pen.validUntil = date.plusYears(years);
        }
        if (r.nextInt(100) < 75) {
            pen.publicityUntil = date.plusYears(years);
        }
        pen.authority = authority;
        pen.decisionNo = numbering.decision(authority, date);
        pen.publishedOn = date.plusDays(r.nextInt(100) < 90 ? Fmt.in(r, 1, 9) : Fmt.in(r, 10, 60));
        int s = r.nextInt(1000);
        if (s < 20) {
            LocalDate on = date.plusDays(Fmt.in(r, 30, 300));
            if (!on.isAfter(END)) {
                pen.status = s < 10 ? "撤销" : "变更";
                pen.statusOn = on;
            } else {
                pen.status = "有效";
            }
        } else if (s < 720) {
            pen.status = "有效";
        }
        int m = r.nextInt(100);
        pen.remarks = m < 12 ? "已履行" : m < 15 ? "当场缴纳罚款" : m < 17 ? "申请分期缴纳罚款" : "";
        p.penalties.add(pen);
        return pen;
    }

    private static String licence(Plan p, SplittableRandom r, LocalDate date) {
        String province = p.ent.district().city().shortName.substring(0, 1);
        String kind =
                switch (p.ent.industry().section()) {
                    case 'B' -> "MK";
                    case 'E' -> "JZ";
                    default -> "WH";
                };
        int year = Math.max(2008, date.getYear() - 1 - r.nextInt(3));
        return "安全生产许可证（（" + province + "）" + kind + "安许证字〔" + year + "〕" + String.format("%06d", r.nextInt(1_000_000))
                + "）";
    }

    /** 处罚内容: the decision in words, consistent with the penalty types. */
    static String content(String types, long fineYuan, long confiscatedYuan) {
        StringBuilder b = new StringBuilder("责令限期改正");
        for (String t : types.split(";")) {
            b.append('，');
            switch (t) {
                case "警告" -> b.append("给予警告");
                case "通报批评" -> b.append("给予通报批评");
                case "罚款" -> b.append("处罚款人民币").append(Fmt.wan(fineYuan)).append("万元");
                case "没收违法所得、没收非法财物" ->
                    b.append("没收违法所得人民币").append(Fmt.wan(confiscatedYuan)).append("万元");
                case "责令停产停业", "责令停产停业整顿" -> b.append("责令停产停业整顿");
                case "暂扣许可证件" -> b.append("暂扣安全生产许可证");
                case "吊销许可证件" -> b.append("吊销安全生产许可证");
                case "暂扣或者吊销许可证、暂扣或者吊销执照" -> b.append("暂扣安全生产许可证");
                case "责令关闭" -> b.append("提请县级以上人民政府予以关闭");
                case "限制开展生产经营活动" -> b.append("限制开展生产经营活动三个月");
                case "降低资质等级" -> b.append("降低资质等级");
                case "限制从业" -> b.append("限制从业，终身不得担任本行业生产经营单位的主要负责人");
                default -> b.append("提请有关部门予以关闭");
            }
        }
        return b.append('。').toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Listings.

    private record Candidate(
            LocalDate listedOn, int person, String reason, Authority authority, List<String> basis, boolean accident) {}

    private void listings(Plan p, SplittableRandom r) {
        List<Candidate> candidates = new ArrayList<>();
        for (Accident a : p.accidents) {
            int g = a.grade();
            boolean criterion = g >= 2 || g == 1 && a.occurredOn.isBefore(SERIOUS_DISHONESTY_REGIME);
            if (!a.liability || a.reportApprovedOn == null || !criterion || r.nextInt(100) >= 85) {
                continue;
            }
            LocalDate listed = a.reportApprovedOn.plusDays(Fmt.in(r, 20, 90));
            List<String> basis = new ArrayList<>();
            basis.add(a.number);
            for (Penalty pen : p.penalties) {
                if (pen.person < 0 && pen.facts.contains(a.title) && !pen.decidedOn.isAfter(listed)) {
                    basis.add(pen.decisionNo);
                }
            }
            String reason = "发生" + GRADE_ZH[g] + "生产安全责任事故";
            candidates.add(new Candidate(listed, -1, reason, a.authority, basis, true));
            if (g >= 2) {
                Role principal = p.principalOn(a.occurredOn);
                if (principal != null && r.nextInt(100) < 70) {
                    candidates.add(new Candidate(
                            listed,
                            principal.person,
                            "对" + GRADE_ZH[g] + "生产安全事故负有责任的主要负责人",
                            a.authority,
                            List.of(a.number),
                            true));
                }
            }
        }
        for (Penalty pen : p.penalties) {
            if (pen.violation.severity() == 3 && !pen.annulled() && !pen.neverList && r.nextInt(100) < 75) {
                LocalDate listed = pen.decidedOn.plusDays(Fmt.in(r, 15, 90));
                candidates.add(new Candidate(
                        listed, pen.person, listingReason(pen), pen.authority, List.of(pen.decisionNo), false));
            }
        }
        candidates.sort(Comparator.comparing(Candidate::listedOn));
        LocalDate blockedUntil = null;
        int made = 0;
        for (Candidate c : candidates) {
            if (c.listedOn.isAfter(END) || made >= 3) {
                break;
            }
            if (c.person < 0 && blockedUntil != null && c.listedOn.isBefore(blockedUntil)) {
                continue;
            }
            Listing l = listing(p, r, c.listedOn, c.person, c.reason, c.authority, c.basis, c.accident);
            made++;
            if (c.person < 0) {
                blockedUntil = l.listedOn.plusYears(l.list.equals(LIST_SERIOUS) ? 3 : 1);
            }
        }
    }

    static String listingReason(Penalty pen) {
        String type = pen.violationType;
        if (type.contains("瞒报") || type.contains("谎报")) {
            return type;
        }
        if (type.contains("安全生产许可证")) {
            return "未依法取得安全生产许可证或者在许可证暂扣期间擅自从事生产经营活动";
        }
        if (type.contains("评价")) {
            return "承担安全评价的机构租借资质、出具虚假报告";
        }
        return "存在严重违法失信行为：" + type;
    }

    /** A listing with regime-dependent list name, expiry and (random) removal/restoration. */
    Listing listing(
            Plan p,
            SplittableRandom r,
            LocalDate listed,
            int person,
            String reason,
            Authority authority,
            List<String> basis,
            boolean accidentBased) {
        Listing l = new Listing();
        l.person = person;
        l.reason = reason;
        l.authority = authority;
        l.basis.addAll(basis);
        l.listedOn = listed;
        int x = r.nextInt(100);
        if (listed.isBefore(SERIOUS_DISHONESTY_REGIME)) {
            l.list = r.nextInt(100) < (accidentBased ? 50 : 25) ? LIST_BLACK : LIST_JOINT;
            LocalDate expiry = listed.plusYears(1);
            if (r.nextInt(100) < 70) {
                l.expiresOn = expiry;
            }
            if (x < 8) {
                remove(l, listed.plusDays(Fmt.in(r, 180, 330)), "信用修复");
            } else if (x < 11) {
                remove(l, listed.plusDays(Fmt.in(r, 20, 120)), "撤销");
            } else if (x < 30) {
                remove(l, expiry, "期满");
            }
        } else {
            l.list = LIST_SERIOUS;
            LocalDate expiry = listed.plusYears(3);
            if (r.nextInt(100) < 90) {
                l.expiresOn = expiry;
            }
            if (x < 15) {
                remove(l, listed.plusDays(Fmt.in(r, 366, 700)), "信用修复");
                if (l.removedOn != null && r.nextInt(100) < 25) {
                    LocalDate restored = l.removedOn.plusDays(Fmt.in(r, 60, 240));
                    if (!restored.isAfter(END) && restored.isBefore(expiry)) {
                        l.restoredOn = restored;
                    }
                }
            }
        }
        p.listings.add(l);
        return l;
    }

    private static void remove(Listing l, LocalDate on, String reason) {
        if (!on.isAfter(END)) {
            l.removedOn = on;
            l.removalReason = reason;
        }
    }
}
