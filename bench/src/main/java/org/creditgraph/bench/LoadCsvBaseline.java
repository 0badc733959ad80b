package org.creditgraph.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.loaders.rows.AccidentsLoader;
import org.creditgraph.loaders.rows.EnterprisesLoader;
import org.creditgraph.loaders.rows.InvestmentsLoader;
import org.creditgraph.loaders.rows.KindLoader;
import org.creditgraph.loaders.rows.PenaltiesLoader;
import org.creditgraph.loaders.rows.RolesLoader;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The loaders' baseline: Neo4j's own {@code LOAD CSV} running each KIND loader's own upsert
 * statement (the part after {@code UNWIND $rows AS row}), with the row map built in Cypher from the
 * CSV line instead of in Java, in 2 concurrent transactions of 2,000 rows like the loader, deadlocked transactions retried
 * (the loader's driver retries them too). The files
 * are served to Neo4j over loopback HTTP. What Cypher cannot do is simplified: no validation beyond
 * the required keys, no text normalisation, penalty types split as written, and the person key is
 * the reversed ID number instead of the keyed hash (D12) — so this runs only against a throw-away
 * database, which bench/run.sh deletes right after. Accidents, responsibilities and listings have no
 * baseline yet.
 */
final class LoadCsvBaseline {

    private static final String ISO_DATE = "'\\\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\\\d|3[01])'";

    private LoadCsvBaseline() {}

    /**
     * A date from a CSV cell, null when it is not a valid ISO date: one bad date would otherwise
     * fail its whole transaction of 2,000 rows (the generator writes some, e.g. 2023-02-30).
     */
    static String date(String cell) {
        String year = "toInteger(left(" + cell + ", 4))";
        String days = "CASE toInteger(substring(" + cell + ", 5, 2)) WHEN 2 THEN CASE WHEN (" + year + " % 4 = 0 AND "
                + year + " % 100 <> 0) OR " + year + " % 400 = 0 THEN 29 ELSE 28 END"
                + " WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END";
        return "CASE WHEN " + cell + " =~ " + ISO_DATE + " AND toInteger(substring(" + cell + ", 8, 2)) <= " + days
                + " THEN date(" + cell + ") END";
    }

    static String person(String idCell, String nameCell, String typeCell) {
        return "CASE WHEN " + idCell + " IS NULL THEN null ELSE {key: reverse(" + idCell + "), id: 'p' + reverse("
                + idCell + "), masked: left(" + idCell + ", 6) + '********' + right(" + idCell + ", 4), name: "
                + nameCell + ", idType: " + typeCell + "} END";
    }

    private static final String PROVENANCE = "hash: null, line: linenumber(), warnings: []";

    /** Per KIND: the required cells, the row map, and the loader whose statement runs. */
    record Plan(String kind, String required, String row, KindLoader loader) {}

    static List<Plan> plans() {
        return List.of(
                new Plan(
                        "enterprises",
                        "line.`统一社会信用代码` IS NOT NULL AND line.`企业名称` IS NOT NULL",
                        "{uscc: trim(line.`统一社会信用代码`), " + PROVENANCE + ", props: {name: line.`企业名称`,"
                                + " formerNames: coalesce(split(line.`曾用名`, ';'), []), formerNamesText: line.`曾用名`,"
                                + " regionCode: line.`行政区划代码`, industryCode: line.`行业代码`,"
                                + " industrySection: left(line.`行业代码`, 1), status: line.`登记状态`,"
                                + " foundedOn: " + date("line.`成立日期`") + ", usccCheckDigitValid: true,"
                                + " legalRepName: line.`法定代表人`, stub: null,"
                                + " legacyIds: CASE WHEN line.`工商注册号` IS NULL THEN [] ELSE [line.`工商注册号`] END},"
                                + " rep: " + person("line.`法定代表人证件号码`", "line.`法定代表人`", "null") + "}",
                        new EnterprisesLoader()),
                new Plan(
                        "roles",
                        "line.`统一社会信用代码` IS NOT NULL AND line.`证件号码` IS NOT NULL AND " + date("line.`任职开始日期`")
                                + " IS NOT NULL",
                        "{uscc: trim(line.`统一社会信用代码`), " + PROVENANCE + ", person: "
                                + person("line.`证件号码`", "line.`姓名`", "line.`证件类型`")
                                + ", role: CASE line.`职务` WHEN '法定代表人' THEN 'LEGAL_REPRESENTATIVE'"
                                + " WHEN '主要负责人' THEN 'PRINCIPAL' WHEN '安全生产管理人员' THEN 'SAFETY_MANAGER'"
                                + " WHEN '董事' THEN 'DIRECTOR' WHEN '监事' THEN 'SUPERVISOR' ELSE 'SHAREHOLDER' END,"
                                + " from: " + date("line.`任职开始日期`") + ", to: " + date("line.`任职结束日期`")
                                + ", share: toFloatOrNull(line.`持股比例`)}",
                        new RolesLoader()),
                new Plan(
                        "investments",
                        "line.`投资方统一社会信用代码或证件号码` IS NOT NULL AND line.`被投资企业统一社会信用代码` IS NOT NULL" + " AND "
                                + date("line.`认缴日期`") + " IS NOT NULL",
                        "{" + PROVENANCE + ", investorName: line.`投资方名称`,"
                                + " investorUscc: CASE WHEN line.`投资方统一社会信用代码或证件号码` =~ '[1-9]\\\\d{16}[\\\\dXx]'"
                                + "   THEN null ELSE trim(line.`投资方统一社会信用代码或证件号码`) END,"
                                + " person: CASE WHEN line.`投资方统一社会信用代码或证件号码` =~ '[1-9]\\\\d{16}[\\\\dXx]' THEN "
                                + person("line.`投资方统一社会信用代码或证件号码`", "line.`投资方名称`", "null") + " END,"
                                + " investee: trim(line.`被投资企业统一社会信用代码`),"
                                + " from: " + date("line.`认缴日期`") + ", to: " + date("line.`退出日期`")
                                + ", share: toFloatOrNull(line.`持股比例`)}",
                        new InvestmentsLoader()),
                new Plan(
                        "penalties",
                        "line.`处罚机关统一社会信用代码` IS NOT NULL AND line.`行政处罚决定书文号` IS NOT NULL"
                                + " AND line.`行政相对人名称` IS NOT NULL AND " + date("line.`处罚决定日期`") + " IS NOT NULL",
                        "{key: line.`处罚机关统一社会信用代码` + '|' + line.`行政处罚决定书文号`, " + PROVENANCE + ","
                                + " authorityUscc: line.`处罚机关统一社会信用代码`, authorityName: line.`处罚机关`,"
                                + " partyUscc: CASE WHEN line.`行政相对人类别` CONTAINS '自然人' THEN null"
                                + "   ELSE line.`统一社会信用代码` END, partyName: line.`行政相对人名称`,"
                                + " person: CASE WHEN line.`行政相对人类别` CONTAINS '自然人' THEN "
                                + person("line.`证件号码`", "line.`行政相对人名称`", "line.`证件类型`") + " END,"
                                + " props: {decisionNumber: line.`行政处罚决定书文号`,"
                                + " authorityUscc: line.`处罚机关统一社会信用代码`, authorityName: line.`处罚机关`,"
                                + " partyName: line.`行政相对人名称`, partyType: line.`行政相对人类别`,"
                                + " partyUscc: line.`统一社会信用代码`, legalRepName: line.`法定代表人`,"
                                + " violationType: line.`违法行为类型`, facts: line.`违法事实`, legalBasis: line.`处罚依据`,"
                                + " types: coalesce(split(line.`处罚类别`, ';'), []), typesText: line.`处罚类别`,"
                                + " content: line.`处罚内容`, fineYuan: line.`罚款金额(万元)`,"
                                + " confiscatedYuan: line.`没收违法所得、没收非法财物的金额(万元)`,"
                                + " licence: line.`暂扣或吊销证照名称及编号`,"
                                + " decidedOn: " + date("line.`处罚决定日期`") + ", validUntil: "
                                + date("line.`处罚有效期`") + ", publicityUntil: " + date("line.`公示截止期`") + ","
                                + " sourceName: line.`数据来源单位`, sourceUscc: line.`数据来源单位统一社会信用代码`,"
                                + " remarks: line.`备注`, publishedOn: " + date("line.`公示日期`") + ","
                                + " status: line.`状态`, statusOn: " + date("line.`状态日期`") + "}}",
                        new PenaltiesLoader()),
                new Plan(
                        "accidents",
                        "line.`事故编号` IS NOT NULL AND " + date("line.`发生日期`") + " IS NOT NULL",
                        "{accidentNumber: line.`事故编号`, " + PROVENANCE + ", uscc: line.`事故单位统一社会信用代码`,"
                                + " enterpriseName: line.`事故单位名称`, props: {accidentNumber: line.`事故编号`,"
                                + " title: line.`事故名称`, occurredOn: " + date("line.`发生日期`") + ","
                                + " regionCode: line.`行政区划代码`, industryCode: line.`行业代码`,"
                                + " industrySection: left(line.`行业代码`, 1), category: line.`事故类别`,"
                                + " deaths: coalesce(toIntegerOrNull(line.`死亡人数`), 0),"
                                + " seriousInjuries: coalesce(toIntegerOrNull(line.`重伤人数`), 0),"
                                + " directLossYuan: line.`直接经济损失(万元)`, grade: 'GENERAL', claimedGrade: line.`事故等级`,"
                                + " uscc: line.`事故单位统一社会信用代码`, enterpriseName: line.`事故单位名称`,"
                                + " liability: line.`是否责任事故` = '是', reportApprovedOn: " + date("line.`调查报告批复日期`")
                                + ", stub: null}}",
                        new AccidentsLoader()));
    }

    static String statement(Plan plan) {
        String upsert = plan.loader().upsertStatement();
        String prefix = "UNWIND $rows AS row ";
        if (!upsert.startsWith(prefix)) {
            throw new IllegalStateException(plan.kind() + ": the loader's statement no longer starts with " + prefix);
        }
        return "LOAD CSV WITH HEADERS FROM $url AS line WITH line WHERE " + plan.required()
                + " CALL (line) { WITH " + plan.row() + " AS row " + upsert.substring(prefix.length())
                + " } IN 2 CONCURRENT TRANSACTIONS OF 2000 ROWS ON ERROR RETRY FOR 30 SECONDS THEN CONTINUE"
                + " RETURN count(*) AS rows, count(*) - count(unchanged) AS failed";
    }

    static void run(Map<String, String> opts) throws Exception {
        Path in = Path.of(Measure.required(opts, "in"));
        String bolt = opts.getOrDefault("bolt", "bolt://127.0.0.1:17687");
        Results results = new Results(Path.of(Measure.required(opts, "out")));
        HttpServer files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        files.createContext("/", exchange -> {
            Path file =
                    in.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(in) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream body = exchange.getResponseBody()) {
                Files.copy(file, body);
            } catch (IOException e) {
                Measure.log("serving " + file + ": " + e);
            }
        });
        files.start();
        try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.none());
                Session session = driver.session()) {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("id", "load-csv-baseline");
            run.put("file", "load-csv");
            run.put("checksum", "");
            run.put("startedAt", ZonedDateTime.now(ZoneOffset.UTC));
            for (Plan plan : plans()) {
                String url = "http://127.0.0.1:" + files.getAddress().getPort() + "/" + plan.kind() + ".csv";
                Measure.log("LOAD CSV " + plan.kind());
                long t0 = System.nanoTime();
                Record r = session.run(statement(plan), Map.of("url", url, "run", run))
                        .single();
                double seconds = (System.nanoTime() - t0) / 1e9;
                long rows = r.get("rows").asLong();
                results.add(
                        "load_csv_" + plan.kind() + "_rows_per_s",
                        rows / seconds,
                        null,
                        "rows/s",
                        rows + " rows in " + String.format(java.util.Locale.ROOT, "%.1f", seconds) + " s; "
                                + r.get("failed").asLong() + " rows in failed transactions; load "
                                + Measure.loadAverage());
            }
        } finally {
            files.stop(0);
        }
    }
}
