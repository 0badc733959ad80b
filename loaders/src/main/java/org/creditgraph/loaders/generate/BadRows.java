package org.creditgraph.loaders.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.creditgraph.loaders.generate.RefData.Authority;
import org.creditgraph.loaders.generate.World.Ent;
import org.creditgraph.loaders.generate.World.Person;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.model.rules.ResidentId;

/**
 * Intentionally bad rows, EXTRA rows next to the good data (nothing good is replaced, and no
 * listing's 认定依据 points at a bad row). They are written after the rows of "host" enterprises:
 * index {@value #HOST} (which writes every variant of every file, so scale ≥ 300 has them all)
 * and then every {@code period}-th enterprise with the same remainder, one rotating variant each:
 *
 * <ul>
 *   <li>enterprises (every 200th): USCC of 17 characters; USCC with a forbidden letter (O or I); USCC
 *       with a WRONG CHECK CHARACTER but well-formed ({@link #wrongCheckUscc}: must be LOADED with a D1
 *       warning, not rejected); 成立日期 {@code 2023-02-30}; empty 统一社会信用代码 (missing key).
 *   <li>roles (every 200th, 3 rows): 任职开始日期 {@code 2023-02-30}; empty 证件号码 (key); USCC with a
 *       forbidden letter; resident ID whose birth date {@code 19870230} does not exist.
 *   <li>investments (every 200th): empty 认缴日期 (key); 认缴日期 {@code 2021-02-29}; investee USCC of 17
 *       characters.
 *   <li>penalties (every 200th): empty 行政处罚决定书文号 (key); 处罚决定日期 {@code 2023-02-30}; empty
 *       处罚机关统一社会信用代码 (key); party USCC with a forbidden letter; party USCC with a wrong check
 *       character (the wrong-check enterprise of the same host: loaded with a warning).
 *   <li>accidents (every 2000th): empty 事故编号 (key); 发生日期 {@code 2023-02-30}; 事故单位 USCC of 17
 *       characters.
 *   <li>responsibilities (every 1000th): empty 证件号码或统一社会信用代码 (key); 处理日期 {@code 2023-02-30}.
 *   <li>listings (every 5000th): empty 列入日期 (key); 列入日期 {@code 2023-02-30}; code of 17 characters.
 * </ul>
 *
 * That is about 0.5% of the rows of each file. Not bad but worth a warning elsewhere: penalties of
 * 个体工商户 with the placeholder code {@code 00000000000000000X} (D1), some empty 处罚有效期 / 公示截止期,
 * and accidents whose 事故等级 disagrees with the numbers ({@link Stories#GRADE_CLAIM_MISMATCH}).
 */
final class BadRows {

    /** The first host enterprise; every bad variant of every file is written after it. */
    static final int HOST = 137;

    static final String IMPOSSIBLE_DATE = "2023-02-30";

    private final World world;
    private final CsvSinks out;
    private final Numbering numbering;
    private String lastGoodAccident;

    BadRows(World world, CsvSinks out, Numbering numbering) {
        this.world = world;
        this.out = out;
        this.numbering = numbering;
    }

    /** Whether enterprise {@code index} hosts bad rows. */
    static boolean isHost(int index) {
        return index % 200 == HOST;
    }

    void after(Plan host) {
        if (!host.accidents.isEmpty()) {
            lastGoodAccident = host.accidents.get(host.accidents.size() - 1).number;
        }
        int i = host.ent.index();
        if (!isHost(i)) {
            return;
        }
        boolean all = i == HOST;
        SplittableRandom r = world.rng(World.SALT_BAD, i);
        for (int v = 0; v < 5; v++) {
            if (all || v == (i / 200) % 5) {
                enterprise(i, v, r);
            }
        }
        for (int j = 0; j < (all ? 4 : 3); j++) {
            role(host, all ? j : (3 * (i / 200) + j) % 4, r);
        }
        for (int v = 0; v < 3; v++) {
            if (all || v == (i / 200) % 3) {
                investment(host, v, r);
            }
        }
        for (int v = 0; v < 5; v++) {
            if (all || v == (i / 200) % 5) {
                penalty(host, v, r);
            }
        }
        if (i % 2000 == HOST) {
            for (int v = 0; v < 3; v++) {
                if (all || v == (i / 2000) % 3) {
                    accident(host, v);
                }
            }
        }
        if (i % 1000 == HOST && lastGoodAccident != null) {
            for (int v = 0; v < 2; v++) {
                if (all || v == (i / 1000) % 2) {
                    responsibility(host, v, r);
                }
            }
        }
        if (i % 5000 == HOST) {
            for (int v = 0; v < 3; v++) {
                if (all || v == (i / 5000) % 3) {
                    listing(host, v);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    private String freshUscc(int host, int variant) {
        String region = world.enterprise(host).district().code();
        return world.usccFor(region, (long) world.scale() + 10L * host + variant);
    }

    /** The well-formed USCC with a wrong D1 check character written by host {@code host}. */
    String wrongCheckUscc(int host) {
        String valid = freshUscc(host, 2);
        char check = valid.charAt(17);
        char wrong = check == '0' ? '1' : '0';
        return valid.substring(0, 17) + wrong;
    }

    private static String forbidden(String uscc, char letter) {
        return uscc.substring(0, 9) + letter + uscc.substring(10);
    }

    private String badEnterpriseName(int host, int variant) {
        Ent e = world.enterprise(host);
        String brand = "" + RefData.BRAND_CHARS.charAt((host * 7 + variant * 13) % RefData.BRAND_CHARS.length())
                + RefData.BRAND_CHARS.charAt((host * 11 + variant * 5 + 3) % RefData.BRAND_CHARS.length());
        return e.district().city().shortName + brand + "实业有限公司";
    }

    private void enterprise(int host, int variant, SplittableRandom r) {
        Ent e = world.enterprise(host);
        String uscc =
                switch (variant) {
                    case 0 -> freshUscc(host, 0).substring(0, 17);
                    case 1 -> forbidden(freshUscc(host, 1), host % 400 == HOST ? 'O' : 'I');
                    case 2 -> wrongCheckUscc(host);
                    case 3 -> freshUscc(host, 3);
                    default -> "";
                };
        Person rep = world.person(r.nextInt(world.corePersonCount()));
        String founded =
                variant == 3 ? IMPOSSIBLE_DATE : Fmt.date(LocalDate.of(2016, 1 + r.nextInt(12), 1 + r.nextInt(28)));
        out.write(
                Kind.ENTERPRISES,
                uscc,
                badEnterpriseName(host, variant),
                "",
                e.district().code(),
                e.industry().code(),
                "存续",
                founded,
                rep.name(),
                rep.idNumber(),
                "");
    }

    private void role(Plan host, int variant, SplittableRandom r) {
        Ent e = host.ent;
        Person x = world.person(r.nextInt(world.corePersonCount()));
        String from = Fmt.date(Fmt.max(e.founded(), LocalDate.of(2016, 3, 1)));
        switch (variant) {
            case 0 ->
                out.write(
                        Kind.ROLES,
                        e.uscc(),
                        x.name(),
                        Emitter.ID_TYPE,
                        x.idNumber(),
                        Plan.DIRECTOR,
                        "",
                        IMPOSSIBLE_DATE,
                        "");
            case 1 -> out.write(Kind.ROLES, e.uscc(), x.name(), Emitter.ID_TYPE, "", Plan.SUPERVISOR, "", from, "");
            case 2 ->
                out.write(
                        Kind.ROLES,
                        forbidden(e.uscc(), 'I'),
                        x.name(),
                        Emitter.ID_TYPE,
                        x.idNumber(),
                        Plan.DIRECTOR,
                        "",
                        from,
                        "");
            default -> {
                String id = ResidentId.withCheckCharacter(e.district().code() + "19870230" + (100 + r.nextInt(900)));
                out.write(Kind.ROLES, e.uscc(), x.name(), Emitter.ID_TYPE, id, Plan.SUPERVISOR, "", from, "");
            }
        }
    }

    private void investment(Plan host, int variant, SplittableRandom r) {
        Ent e = host.ent;
        Ent investor = world.enterprise(r.nextInt(world.scale()));
        String from = Fmt.date(Fmt.max(e.founded(), LocalDate.of(2019, 6, 1)));
        switch (variant) {
            case 0 -> out.write(Kind.INVESTMENTS, investor.uscc(), investor.name(), e.uscc(), "20", "", "");
            case 1 -> out.write(Kind.INVESTMENTS, investor.uscc(), investor.name(), e.uscc(), "20", "2021-02-29", "");
            default ->
                out.write(
                        Kind.INVESTMENTS,
                        investor.uscc(),
                        investor.name(),
                        e.uscc().substring(0, 17),
                        "20",
                        from,
                        "");
        }
    }

    private void penalty(Plan host, int variant, SplittableRandom r) {
        Ent e = host.ent;
        Authority a = e.district().city().cityAuthority;
        LocalDate decided = LocalDate.of(2023, 3, 1 + r.nextInt(28));
        String number = numbering.decision(a, decided);
        String partyName = e.name();
        String uscc = e.uscc();
        String decidedText = Fmt.date(decided);
        String authorityUscc = a.uscc();
        switch (variant) {
            case 0 -> number = "";
            case 1 -> decidedText = IMPOSSIBLE_DATE;
            case 2 -> authorityUscc = "";
            case 3 -> uscc = forbidden(uscc, 'O');
            default -> {
                uscc = wrongCheckUscc(e.index());
                partyName = badEnterpriseName(e.index(), 2);
            }
        }
        RefData.Violation v = RefData.TRAINING;
        String rep = world.person(host.legalRepOn(decided)).name();
        out.write(
                Kind.PENALTIES,
                partyName,
                Emitter.LEGAL_PARTY,
                uscc,
                rep,
                "",
                "",
                number,
                v.type(),
                v.facts(),
                v.basis(),
                v.typesNew(),
                Planner.content(v.typesNew(), 20_000, 0),
                "2",
                "",
                "",
                decidedText,
                Fmt.date(decided.plusYears(1)),
                Fmt.date(decided.plusYears(1)),
                "",
                a.name(),
                authorityUscc,
                a.name(),
                a.uscc(),
                "",
                Fmt.date(decided.plusDays(5)),
                "有效",
                "");
    }

    private void accident(Plan host, int variant) {
        Ent e = host.ent;
        LocalDate occurred = LocalDate.of(2023, 3, 1);
        String number = numbering.accident(e.district(), occurred);
        String date = Fmt.date(occurred);
        String uscc = e.uscc();
        switch (variant) {
            case 0 -> number = "";
            case 1 -> date = IMPOSSIBLE_DATE;
            default -> uscc = uscc.substring(0, 17);
        }
        out.write(
                Kind.ACCIDENTS,
                number,
                e.name() + "“3·1”物体打击事故",
                date,
                e.district().code(),
                e.industry().code(),
                "物体打击",
                "1",
                "0",
                "96.5",
                uscc,
                e.name(),
                "是",
                "2023-05-10",
                "");
    }

    private void responsibility(Plan host, int variant, SplittableRandom r) {
        Ent e = host.ent;
        Person x = world.person(r.nextInt(world.corePersonCount()));
        String accident = host.accidents.isEmpty() ? lastGoodAccident : host.accidents.get(0).number;
        if (variant == 0) {
            out.write(
                    Kind.RESPONSIBILITIES,
                    accident,
                    "自然人",
                    x.name(),
                    "",
                    e.uscc(),
                    Plan.SAFETY_MANAGER,
                    "直接责任",
                    "罚款",
                    "2023-06-01",
                    "");
        } else {
            out.write(
                    Kind.RESPONSIBILITIES,
                    accident,
                    "自然人",
                    x.name(),
                    x.idNumber(),
                    e.uscc(),
                    Plan.SAFETY_MANAGER,
                    "直接责任",
                    "罚款",
                    IMPOSSIBLE_DATE,
                    "");
        }
    }

    private void listing(Plan host, int variant) {
        Ent e = host.ent;
        Authority a = e.district().city().cityAuthority;
        String listed = variant == 0 ? "" : variant == 1 ? IMPOSSIBLE_DATE : "2024-05-06";
        String code = variant == 2 ? e.uscc().substring(0, 17) : e.uscc();
        out.write(
                Kind.LISTINGS,
                Planner.LIST_SERIOUS,
                "法人",
                e.name(),
                code,
                "未依法取得安全生产许可证擅自从事生产经营活动",
                "",
                a.name(),
                a.uscc(),
                listed,
                "",
                "",
                "",
                "",
                "",
                "",
                "");
    }
}
