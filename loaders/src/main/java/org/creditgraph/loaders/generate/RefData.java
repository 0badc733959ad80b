package org.creditgraph.loaders.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.creditgraph.model.rules.Uscc;

/**
 * Fixed reference tables of the generator: real GB/T 2260 regions, the emergency-management
 * authorities that issue penalties there, GB/T 4754-2017 industries, GB 6441-86 accident
 * categories, name parts. Nothing here depends on the seed, so authorities keep their codes
 * across data sets.
 */
final class RefData {

    private RefData() {}

    /** A county-level region (GB/T 2260). */
    record District(int index, String code, String name, City city) {}

    /** A prefecture-level city (or a municipality) with the authorities responsible for it. */
    static final class City {
        final String name;
        final String shortName;
        final List<District> districts = new ArrayList<>();
        Authority cityAuthority;
        Authority provinceAuthority;

        City(String name, String shortName) {
            this.name = name;
            this.shortName = shortName;
        }
    }

    /**
     * An authority (行政机关) that decides penalties and listings. {@code prefix} is the stem of its
     * decision numbers (e.g. {@code 甘应急罚}), {@code oldPrefix} the stem used before the 2018
     * reform (安全生产监督管理局 → 应急管理局); {@code wordy} authorities write {@code 字〔Y〕第N号}.
     */
    record Authority(
            int index, String name, String regionCode, String uscc, String prefix, String oldPrefix, boolean wordy) {}

    /** An industry (GB/T 4754-2017 class with section letter) and the name words that fit it. */
    record Industry(
            String code,
            String label,
            String[] nameWords,
            double accidentRate,
            String[] categories,
            Violation[] violations) {

        char section() {
            return code.charAt(0);
        }
    }

    /**
     * A kind of violation with its legal basis and penalty types (new wording since the 2021
     * 行政处罚法, old wording before 2021-07-15), fine range in CNY and a severity: 3 meets a listing
     * criterion (D3), 2 is serious, 1 routine.
     */
    record Violation(
            String type,
            String facts,
            String basis,
            String typesNew,
            String typesOld,
            long fineMinYuan,
            long fineMaxYuan,
            boolean confiscation,
            boolean licence,
            int severity) {}

    /** First and last day of the generated events: nothing reads the clock. */
    static final LocalDate START = LocalDate.of(2015, 1, 1);

    static final LocalDate END = LocalDate.of(2026, 10, 31);
    /** 行政处罚法 (2021 revision) in force: new penalty-type wording from this day. */
    static final LocalDate NEW_PENALTY_LAW = LocalDate.of(2021, 7, 15);
    /** 安全生产法 (2021 revision) in force: new article numbers and fine ranges. */
    static final LocalDate NEW_SAFETY_LAW = LocalDate.of(2021, 9, 1);
    /** 应急管理部令第11号 in force: SERIOUS_DISHONESTY regime from this day (D3). */
    static final LocalDate SERIOUS_DISHONESTY_REGIME = LocalDate.of(2023, 10, 1);
    /** Local 安全生产监督管理局 became 应急管理局 around this date (decision-number stems change). */
    static final LocalDate REFORM = LocalDate.of(2019, 1, 1);

    static final List<City> CITIES = new ArrayList<>();
    static final List<District> DISTRICTS = new ArrayList<>();
    static final List<Authority> AUTHORITIES = new ArrayList<>();

    private static City city(String name, String shortName, String... districts) {
        City c = new City(name, shortName);
        for (int i = 0; i < districts.length; i += 2) {
            District d = new District(DISTRICTS.size(), districts[i], districts[i + 1], c);
            c.districts.add(d);
            DISTRICTS.add(d);
        }
        CITIES.add(c);
        return c;
    }

    private static Authority authority(String name, String region, String prefix, String oldPrefix, boolean wordy) {
        // D1: 1 (机构编制) + 1 (机关) + region + 9-character organisation code + check character.
        String org = orgCode(Math.floorMod(
                (long) name.hashCode() * 2654435761L + region.hashCode(), 31L * 31 * 31 * 31 * 31 * 31 * 31 * 31));
        Authority a = new Authority(
                AUTHORITIES.size(),
                name,
                region,
                Uscc.withCheckCharacter("11" + region + org),
                prefix,
                oldPrefix,
                wordy);
        AUTHORITIES.add(a);
        return a;
    }

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /**
     * A 9-character organisation code (GB 11714): 8 characters encoding {@code value} in base 31
     * over the USCC alphabet, then the GB 11714 check character (digit or X).
     */
    static String orgCode(long value) {
        char[] c = new char[9];
        long v = value;
        for (int i = 7; i >= 0; i--) {
            c[i] = ALPHABET.charAt((int) (v % 31));
            v /= 31;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = c[i];
            int n = ch <= '9' ? ch - '0' : ch - 'A' + 10;
            sum += n * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        c[8] = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        return new String(c);
    }

    static {
        City beijing = city(
                "北京市", "北京", "110101", "东城区", "110102", "西城区", "110105", "朝阳区", "110106", "丰台区", "110108", "海淀区",
                "110112", "通州区");
        City tianjin = city("天津市", "天津", "120101", "和平区", "120116", "滨海新区");
        City shijiazhuang = city("石家庄市", "石家庄", "130102", "长安区", "130104", "桥西区", "130108", "裕华区");
        City tangshan = city("唐山市", "唐山", "130202", "路南区", "130203", "路北区", "130207", "丰南区");
        City taiyuan = city("太原市", "太原", "140105", "小店区", "140106", "迎泽区", "140108", "尖草坪区");
        City datong = city("大同市", "大同", "140213", "平城区", "140214", "云冈区");
        City ordos = city("鄂尔多斯市", "鄂尔多斯", "150602", "东胜区", "150621", "达拉特旗", "150627", "伊金霍洛旗");
        City shenyang = city("沈阳市", "沈阳", "210102", "和平区", "210106", "铁西区");
        City jixi = city("鸡西市", "鸡西", "230302", "鸡冠区", "230304", "滴道区");
        City shanghai = city("上海市", "上海", "310101", "黄浦区", "310104", "徐汇区", "310112", "闵行区", "310115", "浦东新区");
        City nanjing = city("南京市", "南京", "320102", "玄武区", "320106", "鼓楼区", "320115", "江宁区");
        City suzhou = city("苏州市", "苏州", "320505", "虎丘区", "320506", "吴中区", "320507", "相城区");
        City hangzhou = city("杭州市", "杭州", "330102", "上城区", "330106", "西湖区", "330108", "滨江区");
        City huainan = city("淮南市", "淮南", "340402", "大通区", "340403", "田家庵区", "340404", "谢家集区");
        City fuzhou = city("福州市", "福州", "350102", "鼓楼区", "350104", "仓山区");
        City jinan = city("济南市", "济南", "370102", "历下区", "370103", "市中区", "370105", "天桥区");
        City qingdao = city("青岛市", "青岛", "370202", "市南区", "370211", "黄岛区");
        City zhengzhou = city("郑州市", "郑州", "410102", "中原区", "410105", "金水区");
        City pingdingshan = city("平顶山市", "平顶山", "410402", "新华区", "410411", "湛河区");
        City wuhan = city("武汉市", "武汉", "420102", "江岸区", "420106", "武昌区");
        City changsha = city("长沙市", "长沙", "430102", "芙蓉区", "430104", "岳麓区");
        City guangzhou = city("广州市", "广州", "440103", "荔湾区", "440106", "天河区");
        City shenzhen = city("深圳市", "深圳", "440303", "罗湖区", "440304", "福田区", "440305", "南山区", "440306", "宝安区");
        City chongqing = city("重庆市", "重庆", "500101", "万州区", "500103", "渝中区", "500112", "渝北区");
        City chengdu = city("成都市", "成都", "510104", "锦江区", "510107", "武侯区");
        City liupanshui = city("六盘水市", "六盘水", "520201", "钟山区", "520203", "六枝特区");
        City kunming = city("昆明市", "昆明", "530102", "五华区", "530111", "官渡区");
        City yulin = city("榆林市", "榆林", "610802", "榆阳区", "610803", "横山区");
        City lanzhou = city("兰州市", "兰州", "620102", "城关区", "620103", "七里河区", "620104", "西固区");
        City urumqi = city("乌鲁木齐市", "乌鲁木齐", "650102", "天山区", "650104", "新市区");

        beijing.cityAuthority = authority("北京市应急管理局", "110000", "京应急罚", "京安监罚", false);
        tianjin.cityAuthority = authority("天津市应急管理局", "120000", "津应急罚", "津安监罚", false);
        shanghai.cityAuthority = authority("上海市应急管理局", "310000", "沪应急罚", "沪安监罚", false);
        chongqing.cityAuthority = authority("重庆市应急管理局", "500000", "渝应急罚", "渝安监罚", false);
        Authority hebei = authority("河北省应急管理厅", "130000", "冀应急罚", "冀安监罚", false);
        Authority shanxi = authority("山西省应急管理厅", "140000", "晋应急罚", "晋安监罚", false);
        Authority jiangsu = authority("江苏省应急管理厅", "320000", "苏应急罚", "苏安监罚", false);
        Authority shandong = authority("山东省应急管理厅", "370000", "鲁应急罚", "鲁安监罚", false);
        Authority guangdong = authority("广东省应急管理厅", "440000", "粤应急罚", "粤安监罚", false);
        Authority gansu = authority("甘肃省应急管理厅", "620000", "甘应急罚", "甘安监罚", false);
        shijiazhuang.cityAuthority = authority("石家庄市应急管理局", "130100", "石应急罚", "石安监罚", true);
        tangshan.cityAuthority = authority("唐山市应急管理局", "130200", "唐应急罚", "唐安监罚", false);
        taiyuan.cityAuthority = authority("太原市应急管理局", "140100", "并应急罚", "并安监罚", false);
        datong.cityAuthority = authority("大同市应急管理局", "140200", "同应急罚", "同安监罚", true);
        ordos.cityAuthority = authority("鄂尔多斯市应急管理局", "150600", "鄂应急罚", "鄂安监罚", false);
        shenyang.cityAuthority = authority("沈阳市应急管理局", "210100", "沈应急罚", "沈安监罚", false);
        jixi.cityAuthority = authority("鸡西市应急管理局", "230300", "鸡应急罚", "鸡安监罚", true);
        nanjing.cityAuthority = authority("南京市应急管理局", "320100", "宁应急罚", "宁安监罚", false);
        suzhou.cityAuthority = authority("苏州市应急管理局", "320500", "苏市应急罚", "苏市安监罚", false);
        hangzhou.cityAuthority = authority("杭州市应急管理局", "330100", "杭应急罚", "杭安监罚", false);
        huainan.cityAuthority = authority("淮南市应急管理局", "340400", "淮应急罚", "淮安监罚", true);
        fuzhou.cityAuthority = authority("福州市应急管理局", "350100", "榕应急罚", "榕安监罚", false);
        jinan.cityAuthority = authority("济南市应急管理局", "370100", "济应急罚", "济安监罚", false);
        qingdao.cityAuthority = authority("青岛市应急管理局", "370200", "青应急罚", "青安监罚", false);
        zhengzhou.cityAuthority = authority("郑州市应急管理局", "410100", "郑应急罚", "郑安监罚", false);
        pingdingshan.cityAuthority = authority("平顶山市应急管理局", "410400", "平应急罚", "平安监罚", true);
        wuhan.cityAuthority = authority("武汉市应急管理局", "420100", "武应急罚", "武安监罚", false);
        changsha.cityAuthority = authority("长沙市应急管理局", "430100", "长应急罚", "长安监罚", false);
        guangzhou.cityAuthority = authority("广州市应急管理局", "440100", "穗应急罚", "穗安监罚", false);
        shenzhen.cityAuthority = authority("深圳市应急管理局", "440300", "深应急罚", "深安监罚", false);
        chengdu.cityAuthority = authority("成都市应急管理局", "510100", "成应急罚", "成安监罚", false);
        liupanshui.cityAuthority = authority("六盘水市应急管理局", "520200", "六盘水应急罚", "六盘水安监罚", true);
        kunming.cityAuthority = authority("昆明市应急管理局", "530100", "昆应急罚", "昆安监罚", false);
        yulin.cityAuthority = authority("榆林市应急管理局", "610800", "榆应急罚", "榆安监罚", true);
        lanzhou.cityAuthority = authority("兰州市应急管理局", "620100", "兰应急罚", "兰安监罚", false);
        urumqi.cityAuthority = authority("乌鲁木齐市应急管理局", "650100", "乌应急罚", "乌安监罚", false);
        CHAOYANG = authority("北京市朝阳区应急管理局", "110105", "京朝应急罚", "京朝安监罚", false);
        PUDONG = authority("上海市浦东新区应急管理局", "310115", "沪浦应急罚", "沪浦安监罚", false);
        shijiazhuang.provinceAuthority = hebei;
        tangshan.provinceAuthority = hebei;
        taiyuan.provinceAuthority = shanxi;
        datong.provinceAuthority = shanxi;
        nanjing.provinceAuthority = jiangsu;
        suzhou.provinceAuthority = jiangsu;
        jinan.provinceAuthority = shandong;
        qingdao.provinceAuthority = shandong;
        guangzhou.provinceAuthority = guangdong;
        shenzhen.provinceAuthority = guangdong;
        lanzhou.provinceAuthority = gansu;
    }

    /** District-level authorities, used for enterprises of their district. */
    static final Authority CHAOYANG;

    static final Authority PUDONG;

    static District district(String code) {
        for (District d : DISTRICTS) {
            if (d.code().equals(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException(code);
    }

    // ---------------------------------------------------------------------------------------------
    // Violations (违法行为类型) and their penalties.

    static final Violation TRAINING = new Violation(
            "未按规定对从业人员进行安全生产教育和培训",
            "经查，该单位未按照规定对从业人员进行安全生产教育和培训，部分从业人员未经安全生产教育和培训合格即上岗作业。",
            "《中华人民共和国安全生产法》第九十七条第（三）项",
            "警告;罚款",
            "警告;罚款",
            10_000,
            50_000,
            false,
            false,
            1);
    static final Violation NO_MANAGER = new Violation(
            "未按照规定设置安全生产管理机构或者配备安全生产管理人员",
            "经查，该单位未按照规定配备专职安全生产管理人员。",
            "《中华人民共和国安全生产法》第九十七条第（一）项",
            "罚款",
            "罚款",
            10_000,
            80_000,
            false,
            false,
            1);
    static final Violation HAZARD = new Violation(
            "未采取措施消除事故隐患",
            "执法检查发现该单位存在事故隐患，经责令限期整改，逾期未采取措施消除。",
            "《中华人民共和国安全生产法》第一百零二条",
            "罚款;责令停产停业",
            "罚款;责令停产停业",
            50_000,
            100_000,
            false,
            false,
            2);
    static final Violation SPECIAL_WORKER = new Violation(
            "特种作业人员未按照规定经专门的安全作业培训并取得相应资格上岗作业",
            "经查，该单位电焊作业人员未取得特种作业操作证上岗作业。",
            "《中华人民共和国安全生产法》第九十七条第（七）项",
            "罚款",
            "罚款",
            20_000,
            60_000,
            false,
            false,
            1);
    static final Violation SIGNS = new Violation(
            "未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志",
            "现场检查发现该单位有限空间作业场所未设置明显的安全警示标志。",
            "《中华人民共和国安全生产法》第九十九条第（一）项",
            "警告",
            "警告",
            0,
            0,
            false,
            false,
            1);
    static final Violation SIGNS_FINE = new Violation(
            "未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志",
            "现场检查发现该单位危险化学品储存场所未设置明显的安全警示标志。",
            "《中华人民共和国安全生产法》第九十九条第（一）项",
            "罚款",
            "罚款",
            10_000,
            50_000,
            false,
            false,
            1);
    static final Violation EMERGENCY_PLAN = new Violation(
            "未按照规定制定生产安全事故应急救援预案或者未定期组织演练",
            "经查，该单位未按照规定定期组织生产安全事故应急救援演练。",
            "《中华人民共和国安全生产法》第九十七条第（六）项",
            "通报批评;罚款",
            "警告;罚款",
            10_000,
            30_000,
            false,
            false,
            1);
    static final Violation MAJOR_HAZARD_SOURCE = new Violation(
            "未对重大危险源登记建档或者进行定期检测、评估、监控",
            "经查，该单位对构成重大危险源的储罐区未进行定期检测、评估，未建立监控系统。",
            "《中华人民共和国安全生产法》第一百零一条第（二）项",
            "罚款;限制开展生产经营活动",
            "罚款",
            30_000,
            100_000,
            false,
            false,
            2);
    static final Violation UNLICENSED = new Violation(
            "未取得安全生产许可证擅自进行生产",
            "经查，该单位在未取得安全生产许可证的情况下擅自组织生产，违法所得已查实。",
            "《安全生产许可证条例》第十九条",
            "责令停产停业;没收违法所得、没收非法财物;罚款",
            "责令停产停业;没收违法所得、没收非法财物;罚款",
            100_000,
            500_000,
            true,
            false,
            3);
    static final Violation LICENCE_EXPIRED = new Violation(
            "安全生产许可证有效期满未办理延期手续继续进行生产",
            "该单位安全生产许可证有效期满后未办理延期手续，仍继续组织生产。",
            "《安全生产许可证条例》第二十条",
            "责令停产停业整顿;罚款",
            "责令停产停业;罚款",
            50_000,
            100_000,
            false,
            false,
            2);
    static final Violation LICENCE_SUSPENDED = new Violation(
            "在安全生产许可证暂扣期间擅自从事生产活动",
            "该单位安全生产许可证被暂扣期间，擅自恢复生产。",
            "《安全生产许可证条例》第十九条",
            "暂扣许可证件;罚款",
            "暂扣或者吊销许可证、暂扣或者吊销执照;罚款",
            100_000,
            500_000,
            false,
            true,
            3);
    static final Violation LICENCE_REVOKED = new Violation(
            "不再具备安全生产条件",
            "经检查，该单位不再具备安全生产条件，经停产整顿仍不具备法定条件。",
            "《安全生产许可证条例》第十四条",
            "吊销许可证件",
            "暂扣或者吊销许可证、暂扣或者吊销执照",
            0,
            0,
            false,
            true,
            2);
    static final Violation CLOSURE = new Violation(
            "经停产停业整顿仍不具备法律、行政法规和国家标准或者行业标准规定的安全生产条件",
            "该单位经停产停业整顿后复查，仍不具备安全生产条件。",
            "《中华人民共和国安全生产法》第一百一十三条",
            "责令关闭",
            "其他",
            0,
            0,
            false,
            false,
            2);
    static final Violation OVER_CAPACITY = new Violation(
            "超能力、超强度、超定员组织生产",
            "经查，该煤矿月产量超过核定生产能力10%以上，超定员组织生产。",
            "《国务院关于预防煤矿生产安全事故的特别规定》第十条",
            "责令停产停业整顿;罚款",
            "责令停产停业;罚款",
            500_000,
            2_000_000,
            false,
            false,
            2);
    static final Violation FALSE_REPORT_SERVICE = new Violation(
            "承担安全评价的机构出具失实报告",
            "经查，该机构出具的安全现状评价报告与实际情况严重不符，存在租借资质行为。",
            "《中华人民共和国安全生产法》第九十二条",
            "没收违法所得、没收非法财物;罚款;降低资质等级",
            "没收违法所得、没收非法财物;罚款;其他",
            30_000,
            100_000,
            true,
            false,
            3);
    static final Violation CONCEALED = new Violation(
            "瞒报生产安全事故",
            "该单位发生生产安全事故后，未按规定如实报告，瞒报事故。",
            "《生产安全事故报告和调查处理条例》第三十六条第（一）项",
            "罚款",
            "罚款",
            1_000_000,
            5_000_000,
            false,
            false,
            3);
    static final Violation FALSELY_REPORTED = new Violation(
            "谎报生产安全事故",
            "该单位发生生产安全事故后，谎报事故伤亡人数。",
            "《生产安全事故报告和调查处理条例》第三十六条第（二）项",
            "罚款",
            "罚款",
            1_000_000,
            5_000_000,
            false,
            false,
            3);

    /** Natural persons (自然人). */
    static final Violation PRINCIPAL_DUTY = new Violation(
            "生产经营单位的主要负责人未履行安全生产管理职责",
            "当事人作为该单位主要负责人，未组织制定并实施本单位安全生产教育和培训计划。",
            "《中华人民共和国安全生产法》第九十四条第一款",
            "罚款",
            "罚款",
            20_000,
            50_000,
            false,
            false,
            1);

    static final Violation PRINCIPAL_ACCIDENT = new Violation(
            "主要负责人未履行安全生产管理职责导致发生生产安全事故",
            "当事人作为主要负责人未履行安全生产管理职责，对事故发生负有责任。",
            "《中华人民共和国安全生产法》第九十五条",
            "罚款",
            "罚款",
            30_000,
            200_000,
            false,
            false,
            2);
    static final Violation MANAGER_DUTY = new Violation(
            "安全生产管理人员未履行安全生产管理职责",
            "当事人作为安全生产管理人员，未及时排查并报告本单位事故隐患。",
            "《中华人民共和国安全生产法》第九十六条",
            "罚款;暂扣许可证件",
            "罚款;暂扣或者吊销许可证、暂扣或者吊销执照",
            10_000,
            20_000,
            false,
            true,
            1);
    static final Violation PRINCIPAL_BAN = new Violation(
            "对重大生产安全事故负有责任的主要负责人",
            "当事人作为主要负责人，对重大生产安全事故负有主要责任。",
            "《中华人民共和国安全生产法》第九十五条、第九十四条第三款",
            "罚款;限制从业",
            "罚款",
            200_000,
            600_000,
            false,
            false,
            3);

    /** 个体工商户 (small shops without a USCC). */
    static final Violation FIREWORKS = new Violation(
            "未经许可经营烟花爆竹制品",
            "当事人未取得烟花爆竹经营（零售）许可证，擅自在经营场所销售烟花爆竹制品。",
            "《烟花爆竹安全管理条例》第三十六条第一款",
            "没收违法所得、没收非法财物;罚款",
            "没收违法所得、没收非法财物;罚款",
            1_000,
            5_000,
            true,
            false,
            1);

    static final Violation SHOP_SIGNS = new Violation(
            "未在经营场所设置明显的安全警示标志",
            "现场检查发现当事人液化石油气钢瓶存放点未设置安全警示标志。",
            "《中华人民共和国安全生产法》第九十九条第（一）项",
            "警告",
            "警告",
            0,
            0,
            false,
            false,
            1);

    static final Violation[] GENERAL_VIOLATIONS = {
        TRAINING, NO_MANAGER, HAZARD, SPECIAL_WORKER, SIGNS, SIGNS_FINE, EMERGENCY_PLAN
    };

    // ---------------------------------------------------------------------------------------------
    // Industries.

    static final String[] MINING_CATEGORIES = {"冒顶片帮", "透水", "瓦斯爆炸", "放炮", "坍塌", "机械伤害", "车辆伤害", "火药爆炸", "中毒和窒息", "其它伤害"
    };
    static final String[] CONSTRUCTION_CATEGORIES = {"高处坠落", "坍塌", "物体打击", "起重伤害", "触电", "机械伤害", "车辆伤害", "淹溺", "其它伤害"};
    static final String[] CHEMICAL_CATEGORIES = {"中毒和窒息", "火灾", "容器爆炸", "其它爆炸", "灼烫", "机械伤害", "锅炉爆炸"};
    static final String[] MANUFACTURING_CATEGORIES = {"机械伤害", "物体打击", "起重伤害", "灼烫", "触电", "火灾", "高处坠落", "其它伤害"};
    static final String[] POWER_CATEGORIES = {"触电", "锅炉爆炸", "高处坠落", "灼烫", "容器爆炸", "火灾"};
    static final String[] TRANSPORT_CATEGORIES = {"车辆伤害", "车辆伤害", "物体打击", "火灾", "其它爆炸", "中毒和窒息"};
    static final String[] SERVICE_CATEGORIES = {"火灾", "触电", "高处坠落", "淹溺", "其它伤害", "中毒和窒息"};

    private static Violation[] with(Violation... specific) {
        Violation[] all = new Violation[GENERAL_VIOLATIONS.length + specific.length];
        System.arraycopy(GENERAL_VIOLATIONS, 0, all, 0, GENERAL_VIOLATIONS.length);
        System.arraycopy(specific, 0, all, GENERAL_VIOLATIONS.length, specific.length);
        return all;
    }

    private static final Violation[] MINING_V =
            with(OVER_CAPACITY, UNLICENSED, LICENCE_EXPIRED, LICENCE_SUSPENDED, LICENCE_REVOKED, CLOSURE, HAZARD);
    private static final Violation[] CHEM_V =
            with(MAJOR_HAZARD_SOURCE, UNLICENSED, LICENCE_EXPIRED, LICENCE_SUSPENDED, LICENCE_REVOKED, CLOSURE, HAZARD);
    private static final Violation[] BUILD_V =
            with(UNLICENSED, LICENCE_EXPIRED, LICENCE_SUSPENDED, HAZARD, SPECIAL_WORKER);
    private static final Violation[] PLAIN_V = with(HAZARD, CLOSURE);
    private static final Violation[] SERVICE_V = with(FALSE_REPORT_SERVICE, FALSE_REPORT_SERVICE);

    static final Industry[] INDUSTRIES = {
        new Industry("B0610", "烟煤和无烟煤开采洗选", new String[] {"煤业", "矿业", "煤炭"}, 0.30, MINING_CATEGORIES, MINING_V),
        new Industry("B0620", "褐煤开采洗选", new String[] {"煤业", "能源"}, 0.25, MINING_CATEGORIES, MINING_V),
        new Industry("B0810", "铁矿采选", new String[] {"矿业", "铁矿"}, 0.22, MINING_CATEGORIES, MINING_V),
        new Industry("B1011", "石灰石、石膏开采", new String[] {"矿业", "石料"}, 0.18, MINING_CATEGORIES, MINING_V),
        new Industry("C2614", "有机化学原料制造", new String[] {"化工", "化学"}, 0.14, CHEMICAL_CATEGORIES, CHEM_V),
        new Industry("C2619", "其他基础化学原料制造", new String[] {"化工", "精细化工"}, 0.12, CHEMICAL_CATEGORIES, CHEM_V),
        new Industry("C2631", "化学农药制造", new String[] {"农化", "生物化工"}, 0.12, CHEMICAL_CATEGORIES, CHEM_V),
        new Industry("C2511", "原油加工及石油制品制造", new String[] {"石化", "石油化工"}, 0.12, CHEMICAL_CATEGORIES, CHEM_V),
        new Industry("C3011", "水泥制造", new String[] {"水泥", "建材"}, 0.08, MANUFACTURING_CATEGORIES, PLAIN_V),
        new Industry("C3120", "炼钢", new String[] {"钢铁", "特钢"}, 0.10, MANUFACTURING_CATEGORIES, PLAIN_V),
        new Industry("C3130", "钢压延加工", new String[] {"钢材", "金属材料"}, 0.07, MANUFACTURING_CATEGORIES, PLAIN_V),
        new Industry("C3311", "金属结构制造", new String[] {"钢结构", "金属制品"}, 0.08, MANUFACTURING_CATEGORIES, PLAIN_V),
        new Industry("C1713", "棉印染精加工", new String[] {"纺织印染", "纺织"}, 0.04, MANUFACTURING_CATEGORIES, PLAIN_V),
        new Industry("C2922", "塑料板、管、型材制造", new String[] {"塑业", "塑胶"}, 0.04, MANUFACTURING_CATEGORIES, PLAIN_V),
        new Industry("C3670", "汽车零部件及配件制造", new String[] {"汽车配件", "机械"}, 0.05, MANUFACTURING_CATEGORIES, PLAIN_V),
        new Industry("D4411", "火力发电", new String[] {"电力", "热电"}, 0.06, POWER_CATEGORIES, PLAIN_V),
        new Industry("D4511", "天然气生产和供应业", new String[] {"燃气", "天然气"}, 0.06, POWER_CATEGORIES, PLAIN_V),
        new Industry("E4710", "住宅房屋建筑", new String[] {"建筑工程", "建设"}, 0.16, CONSTRUCTION_CATEGORIES, BUILD_V),
        new Industry("E4790", "其他房屋建筑业", new String[] {"建设工程", "建工"}, 0.14, CONSTRUCTION_CATEGORIES, BUILD_V),
        new Industry("E4811", "铁路工程建筑", new String[] {"路桥工程", "交通建设"}, 0.14, CONSTRUCTION_CATEGORIES, BUILD_V),
        new Industry("E4910", "电气安装", new String[] {"电力安装", "机电安装"}, 0.10, CONSTRUCTION_CATEGORIES, BUILD_V),
        new Industry("F5123", "果品、蔬菜批发", new String[] {"商贸", "农产品"}, 0.01, SERVICE_CATEGORIES, PLAIN_V),
        new Industry("F5162", "石油及制品批发", new String[] {"石油销售", "能源"}, 0.05, CHEMICAL_CATEGORIES, CHEM_V),
        new Industry("F5265", "机动车燃油零售", new String[] {"加油站", "石油"}, 0.04, CHEMICAL_CATEGORIES, CHEM_V),
        new Industry("G5430", "道路货物运输", new String[] {"物流", "运输"}, 0.12, TRANSPORT_CATEGORIES, PLAIN_V),
        new Industry("G5435", "危险货物道路运输", new String[] {"危险品运输", "危货运输"}, 0.15, TRANSPORT_CATEGORIES, CHEM_V),
        new Industry("H6110", "旅游饭店", new String[] {"酒店管理", "大酒店"}, 0.02, SERVICE_CATEGORIES, PLAIN_V),
        new Industry("K7010", "房地产开发经营", new String[] {"置业", "房地产开发"}, 0.03, CONSTRUCTION_CATEGORIES, PLAIN_V),
        new Industry("M7452", "检测服务", new String[] {"安全技术咨询", "安全评价"}, 0.005, SERVICE_CATEGORIES, SERVICE_V),
        new Industry("I6510", "软件开发", new String[] {"科技", "信息技术"}, 0.003, SERVICE_CATEGORIES, PLAIN_V),
    };

    /** Relative frequency of each industry among enterprises (same order as {@link #INDUSTRIES}). */
    static final int[] INDUSTRY_WEIGHTS = {
        5, 2, 3, 3, 4, 3, 2, 2, 3, 2, 3, 5, 3, 4, 5, 2, 3, 8, 6, 3, 4, 5, 3, 4, 7, 3, 3, 4, 1, 4
    };

    static Industry industry(String code) {
        for (Industry i : INDUSTRIES) {
            if (i.code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    // ---------------------------------------------------------------------------------------------
    // Name parts.

    static final String BRAND_CHARS = "鑫源华泰恒盛宏达丰瑞祥安通远金鼎隆昌兴旺博宇嘉诚信德福康顺利新联中天海汇晟正弘永佳和凯润睿森豪建骏明光辉耀腾飞荣锦程创益元方合强众拓展峰岳川江河山石林同力";
    static final String SURNAMES =
            "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志文辉玉兰红亮斌鹏飞宇浩凯俊峰海波宁春林成东庆生龙德福荣忠永昌宏晓新兵云雪梅琳慧婷颖欣佳振山喜学金光泽";
    static final String[] COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛"};
    static final String[] SMALL_SHOPS = {"五金店", "加油站", "烟花爆竹经营部", "液化气供应站", "餐馆", "汽车修理部", "建材经营部"};
}
