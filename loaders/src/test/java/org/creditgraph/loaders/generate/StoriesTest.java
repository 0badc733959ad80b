package org.creditgraph.loaders.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.creditgraph.loaders.kind.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripted stories exist at scale 300 (one block at base 0), concretely in the files. */
class StoriesTest {

    private static final int SCALE = 300;
    private static final LocalDate NOW = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path tmp;

    static World world;
    static GeneratedData data;

    @BeforeAll
    static void generate() {
        Generator.generate(SCALE, tmp, 42);
        world = World.of(SCALE, 42);
        data = new GeneratedData(tmp);
    }

    private static String uscc(int story) {
        return world.enterpriseUscc(story);
    }

    private static String person(int story) {
        return world.personIdNumber(story);
    }

    private static List<Map<String, String>> listingsOf(String code) {
        return data.where(Kind.LISTINGS, r -> r.get("统一社会信用代码或证件号码").equals(code));
    }

    private static List<Map<String, String>> accidentsOf(int story) {
        return data.where(Kind.ACCIDENTS, r -> r.get("事故单位统一社会信用代码").equals(uscc(story)));
    }

    private static List<Map<String, String>> principalRoles(String id) {
        return data.where(
                Kind.ROLES, r -> r.get("证件号码").equals(id) && r.get("职务").equals("主要负责人"));
    }

    /** D3 in force: listed ≤ T < first of removal (unless restored by T) and expiry (given or default). */
    private static boolean inForce(Map<String, String> l, LocalDate t) {
        LocalDate listed = LocalDate.parse(l.get("列入日期"));
        LocalDate expiry = l.get("管理期限届满日期").isEmpty()
                ? listed.plusYears(l.get("名单类型").equals("严重失信主体名单") ? 3 : 1)
                : LocalDate.parse(l.get("管理期限届满日期"));
        LocalDate end = expiry;
        boolean restored =
                !l.get("恢复日期").isEmpty() && !LocalDate.parse(l.get("恢复日期")).isAfter(t);
        if (!restored && !l.get("移出日期").isEmpty()) {
            end = LocalDate.parse(l.get("移出日期")).isBefore(expiry) ? LocalDate.parse(l.get("移出日期")) : expiry;
        }
        return !listed.isAfter(t) && t.isBefore(end);
    }

    @Test
    void storyBlocksScaleWithTheDataSet() {
        assertThat(Stories.blockBases(SCALE)).containsExactly(0);
        assertThat(Stories.blockBases(Stories.BLOCK - 1)).isEmpty();
        assertThat(Stories.blockBases(30_000)).containsExactly(0, 10_000, 20_000);
        assertThat(Stories.storyAt(30_000, 10_000 + Stories.RESTORED)).isEqualTo(Stories.RESTORED);
        assertThat(Stories.storyAt(30_000, 10_000 + Stories.BLOCK)).isEqualTo(-1);
        assertThat(Stories.storyAt(30_000, BadRows.HOST)).isEqualTo(-1);
    }

    @Test
    void listedInEachRegimeAndInForceOnTheReferenceDate() {
        assertThat(listingsOf(uscc(Stories.SD_IN_FORCE))).singleElement().satisfies(l -> {
            assertThat(l.get("名单类型")).isEqualTo("严重失信主体名单");
            assertThat(inForce(l, NOW)).isTrue();
        });
        assertThat(listingsOf(uscc(Stories.JST_IN_FORCE))).singleElement().satisfies(l -> {
            assertThat(l.get("名单类型")).isEqualTo("黑名单");
            assertThat(l.get("管理期限届满日期")).isEqualTo("2026-12-31");
            assertThat(inForce(l, NOW)).isTrue();
        });
        List<Map<String, String>> both = listingsOf(uscc(Stories.BOTH_REGIMES));
        assertThat(both).extracting(l -> l.get("名单类型")).containsExactly("联合惩戒对象", "严重失信主体名单");
        assertThat(inForce(both.get(0), NOW)).isFalse();
        assertThat(inForce(both.get(0), LocalDate.of(2022, 1, 1))).isTrue();
        assertThat(inForce(both.get(1), NOW)).isTrue();
    }

    @Test
    void expiredRemovedAndRestoredListings() {
        Map<String, String> jst = listingsOf(uscc(Stories.JST_EXPIRED)).getFirst();
        assertThat(jst.get("管理期限届满日期")).isEmpty();
        assertThat(inForce(jst, LocalDate.of(2020, 5, 9))).isTrue();
        assertThat(inForce(jst, LocalDate.of(2020, 5, 10))).isFalse();
        Map<String, String> sd = listingsOf(uscc(Stories.SD_EXPIRED)).getFirst();
        assertThat(sd.get("管理期限届满日期")).isEqualTo("2026-10-20");
        assertThat(inForce(sd, NOW)).isFalse();
        Map<String, String> removed = listingsOf(uscc(Stories.EARLY_REMOVAL)).getFirst();
        assertThat(removed.get("移出日期")).isEqualTo("2025-05-20");
        assertThat(removed.get("移出原因")).isEqualTo("信用修复");
        assertThat(inForce(removed, NOW)).isFalse();
        Map<String, String> restored = listingsOf(uscc(Stories.RESTORED)).getFirst();
        assertThat(restored.get("移出日期")).isEqualTo("2025-02-14");
        assertThat(restored.get("恢复日期")).isEqualTo("2025-08-01");
        assertThat(inForce(restored, LocalDate.of(2025, 5, 1))).isFalse();
        assertThat(inForce(restored, NOW)).isTrue();
    }

    @Test
    void convictedPrincipalLeadsAnotherEnterpriseWithinFiveYears() {
        String x = person(Stories.FIVE_YEAR_BAN_ORIGIN);
        List<Map<String, String>> roles = principalRoles(x);
        assertThat(roles)
                .extracting(r -> r.get("统一社会信用代码"))
                .containsExactly(uscc(Stories.FIVE_YEAR_BAN_ORIGIN), uscc(Stories.FIVE_YEAR_BAN_BREACH));
        assertThat(roles.get(0).get("任职结束日期")).isEqualTo("2021-03-12");
        assertThat(roles.get(1).get("任职开始日期")).isEqualTo("2024-06-01");
        assertThat(roles.get(1).get("任职结束日期")).isEmpty();
        assertThat(data.where(Kind.RESPONSIBILITIES, r -> r.get("证件号码或统一社会信用代码").equals(x)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("责任类型")).isEqualTo("主要责任");
                    assertThat(r.get("处理结果")).isEqualTo("刑事处罚");
                    assertThat(r.get("职务")).isEqualTo("主要负责人");
                    LocalDate end = LocalDate.parse(r.get("刑满日期"));
                    assertThat(end).isAfter(NOW.minusYears(5)).isBefore(LocalDate.of(2024, 6, 1));
                    assertThat(accidentsOf(Stories.FIVE_YEAR_BAN_ORIGIN))
                            .extracting(a -> a.get("事故编号"))
                            .contains(r.get("事故编号"));
                });
        // the breach enterprise's own principal left before X arrived
        assertThat(data.where(
                        Kind.ROLES,
                        r -> r.get("统一社会信用代码").equals(uscc(Stories.FIVE_YEAR_BAN_BREACH))
                                && r.get("职务").equals("主要负责人")
                                && r.get("任职结束日期").isEmpty()))
                .singleElement()
                .satisfies(r -> assertThat(r.get("证件号码")).isEqualTo(x));
    }

    @Test
    void principalOfAMajorAccidentLeadsAnotherEnterpriseInTheSameSection() {
        String y = person(Stories.LIFETIME_BAN_ORIGIN);
        assertThat(principalRoles(y))
                .extracting(r -> r.get("统一社会信用代码"))
                .containsExactly(uscc(Stories.LIFETIME_BAN_ORIGIN), uscc(Stories.LIFETIME_BAN_BREACH));
        Map<String, String> accident = accidentsOf(Stories.LIFETIME_BAN_ORIGIN).getFirst();
        assertThat(GeneratorTest.grade(accident)).isEqualTo("MAJOR");
        String originIndustry = data.where(
                        Kind.ENTERPRISES, r -> r.get("统一社会信用代码").equals(uscc(Stories.LIFETIME_BAN_ORIGIN)))
                .getFirst()
                .get("行业代码");
        String breachIndustry = data.where(
                        Kind.ENTERPRISES, r -> r.get("统一社会信用代码").equals(uscc(Stories.LIFETIME_BAN_BREACH)))
                .getFirst()
                .get("行业代码");
        assertThat(originIndustry).isNotEqualTo(breachIndustry);
        assertThat(originIndustry.charAt(0)).isEqualTo(breachIndustry.charAt(0)).isEqualTo('B');
        assertThat(data.where(Kind.RESPONSIBILITIES, r -> r.get("证件号码或统一社会信用代码").equals(y)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("事故编号")).isEqualTo(accident.get("事故编号"));
                    assertThat(r.get("处理结果")).isEqualTo("撤职");
                });
        // also on a 2017-regime list as a natural person
        assertThat(listingsOf(y)).singleElement().satisfies(l -> assertThat(l.get("主体类别"))
                .isEqualTo("自然人"));
    }

    @Test
    void listedEnterpriseControlsAChainOfThreeLevels() {
        assertThat(listingsOf(uscc(Stories.EXPOSURE_ROOT))).singleElement().satisfies(l -> assertThat(inForce(l, NOW))
                .isTrue());
        assertThat(share(Stories.EXPOSURE_ROOT, Stories.EXPOSURE_DEPTH1)).isEqualTo("60");
        assertThat(share(Stories.EXPOSURE_DEPTH1, Stories.EXPOSURE_DEPTH2)).isEqualTo("51");
        assertThat(share(Stories.EXPOSURE_DEPTH2, Stories.EXPOSURE_DEPTH3)).isEqualTo("30");
        assertThat(share(Stories.EXPOSURE_ROOT, Stories.EXPOSURE_MINORITY)).isEqualTo("10");
        // a listed natural person holding 40%
        String z = person(Stories.LISTED_PERSON_ORIGIN);
        assertThat(listingsOf(z)).singleElement().satisfies(l -> assertThat(inForce(l, NOW))
                .isTrue());
        assertThat(data.where(
                        Kind.INVESTMENTS,
                        r -> r.get("投资方统一社会信用代码或证件号码").equals(z)
                                && r.get("被投资企业统一社会信用代码").equals(uscc(Stories.LISTED_PERSON_HOLDING))))
                .singleElement()
                .satisfies(r -> assertThat(r.get("持股比例")).isEqualTo("40"));
    }

    private static String share(int investor, int investee) {
        return data.where(
                        Kind.INVESTMENTS,
                        r -> r.get("投资方统一社会信用代码或证件号码").equals(uscc(investor))
                                && r.get("被投资企业统一社会信用代码").equals(uscc(investee)))
                .getFirst()
                .get("持股比例");
    }

    @Test
    void listingCandidatesWithoutListings() {
        List<Map<String, String>> larger = accidentsOf(Stories.TWO_LARGER_UNLISTED);
        assertThat(larger).hasSize(2).allSatisfy(a -> {
            assertThat(GeneratorTest.grade(a)).isEqualTo("LARGER");
            assertThat(a.get("是否责任事故")).isEqualTo("是");
            assertThat(LocalDate.parse(a.get("发生日期"))).isAfter(NOW.minusYears(1));
        });
        assertThat(listingsOf(uscc(Stories.TWO_LARGER_UNLISTED))).isEmpty();

        assertThat(data.where(Kind.PENALTIES, r -> r.get("统一社会信用代码").equals(uscc(Stories.CONCEALED_UNLISTED))))
                .anySatisfy(p -> assertThat(p.get("违法行为类型")).contains("瞒报"));
        assertThat(listingsOf(uscc(Stories.CONCEALED_UNLISTED))).isEmpty();

        assertThat(accidentsOf(Stories.MAJOR_UNLISTED))
                .singleElement()
                .satisfies(a -> assertThat(GeneratorTest.grade(a)).isEqualTo("MAJOR"));
        assertThat(listingsOf(uscc(Stories.MAJOR_UNLISTED))).isEmpty();

        assertThat(accidentsOf(Stories.THREE_FATAL_2022)).hasSize(3).allSatisfy(a -> {
            assertThat(a.get("死亡人数")).isEqualTo("1");
            assertThat(a.get("发生日期")).startsWith("2022-");
        });
    }

    @Test
    void falseReportListedWithItsPrincipal() {
        assertThat(data.where(Kind.PENALTIES, r -> r.get("统一社会信用代码").equals(uscc(Stories.FALSE_REPORT_LISTED))))
                .anySatisfy(p -> assertThat(p.get("违法行为类型")).contains("谎报"));
        assertThat(listingsOf(uscc(Stories.FALSE_REPORT_LISTED)))
                .singleElement()
                .satisfies(l -> assertThat(inForce(l, NOW)).isTrue());
        assertThat(listingsOf(person(Stories.FALSE_REPORT_LISTED)))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.get("主体类别")).isEqualTo("自然人");
                    assertThat(l.get("名单类型")).isEqualTo("严重失信主体名单");
                });
    }

    @Test
    void naturalPersonAndAnnulledPenalties() {
        assertThat(data.where(Kind.PENALTIES, r -> r.get("证件号码").equals(person(Stories.PERSON_PENALTIES))))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.get("行政相对人类别")).isEqualTo("自然人");
                    assertThat(p.get("统一社会信用代码")).isEmpty();
                    assertThat(p.get("处罚决定日期")).isEqualTo("2024-05-10");
                });
        List<Map<String, String>> annulled =
                data.where(Kind.PENALTIES, r -> r.get("统一社会信用代码").equals(uscc(Stories.ANNULLED)));
        assertThat(annulled).extracting(p -> p.get("状态")).containsExactlyInAnyOrder("撤销", "变更", "有效");
        assertThat(annulled)
                .filteredOn(p -> p.get("状态").equals("撤销"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.get("状态日期")).isEqualTo("2026-07-01");
                    assertThat(p.get("违法行为类型")).contains("谎报");
                });
    }

    @Test
    void especiallyMajorAccidentAndGradeClaimMismatch() {
        assertThat(accidentsOf(Stories.ESPECIALLY_MAJOR))
                .singleElement()
                .satisfies(a -> assertThat(GeneratorTest.grade(a)).isEqualTo("ESPECIALLY_MAJOR"));
        assertThat(accidentsOf(Stories.GRADE_CLAIM_MISMATCH)).singleElement().satisfies(a -> {
            assertThat(GeneratorTest.grade(a)).isEqualTo("LARGER");
            assertThat(a.get("事故等级")).isEqualTo("一般事故");
            assertThat(a.get("是否责任事故")).isEqualTo("否");
        });
    }

    @Test
    void onlyTheScriptedBanBreachesExist() {
        // D5 (simplified): anyone with 刑事处罚/撤职 must not be 主要负责人 anywhere within 5 years of the
        // outcome / sentence end, except the scripted breach.
        for (Map<String, String> r : data.rows(Kind.RESPONSIBILITIES)) {
            if (!r.get("责任主体类别").equals("自然人") || !List.of("刑事处罚", "撤职").contains(r.get("处理结果"))) {
                continue;
            }
            if (r.get("处理日期").equals(BadRows.IMPOSSIBLE_DATE)) {
                continue;
            }
            LocalDate start = LocalDate.parse(r.get("处理日期"));
            LocalDate base = r.get("刑满日期").isEmpty() ? start : LocalDate.parse(r.get("刑满日期"));
            LocalDate end = base.plusYears(5);
            for (Map<String, String> role : principalRoles(r.get("证件号码或统一社会信用代码"))) {
                LocalDate to = role.get("任职结束日期").isEmpty() ? LocalDate.MAX : LocalDate.parse(role.get("任职结束日期"));
                boolean overlaps = LocalDate.parse(role.get("任职开始日期")).isBefore(end) && !to.isBefore(start);
                if (overlaps) {
                    assertThat(role.get("统一社会信用代码")).isEqualTo(uscc(Stories.FIVE_YEAR_BAN_BREACH));
                }
            }
        }
    }
}
