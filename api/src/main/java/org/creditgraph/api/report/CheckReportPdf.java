package org.creditgraph.api.report;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.creditgraph.api.check.SanctionCheckView;
import org.creditgraph.model.Accident;
import org.creditgraph.model.Enterprise;
import org.creditgraph.model.ListedParty;
import org.creditgraph.model.Penalty;
import org.creditgraph.model.Person;
import org.creditgraph.model.check.CheckReason;
import org.creditgraph.model.check.ControlEdge;
import org.creditgraph.model.check.ListingFact;
import org.creditgraph.model.check.MeasureDef;
import org.creditgraph.model.rules.PrincipalBan;
import org.springframework.stereotype.Component;

/**
 * A check report (核查报告) as PDF: one page (or more) per domain checked, each with the subject, the
 * domain, the as-of date (投标截止日), the verdict, the reasons with their measures and evidence
 * (listings, decision numbers, authorities, dates), the data version, and the signed receipt (D8)
 * with a QR code of its verification URL and how to verify it offline. An unknown subject says
 * 未找到 and that this is no proof of no restriction.
 */
@Component
public class CheckReportPdf {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'CST'");
    private static final int QR_PIXELS_PER_MODULE = 4;

    private final ReportFont font;

    public CheckReportPdf(ReportFont font) {
        this.font = font;
    }

    byte[] render(CheckReport report) throws IOException, ReportFont.Unavailable {
        try (PDDocument document = new PDDocument();
                ReportFont.Loaded loaded = font.load(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("核查报告 (Sanction check report) " + report.asked() + " " + report.asOf());
            info.setCreator("Credit Graph");
            try (PdfLayout layout = new PdfLayout(
                    document,
                    loaded.font(),
                    "核查报告 " + report.asked() + " · 基准日 " + report.asOf() + " · 生成于 "
                            + TIME.format(report.generatedAt().atZone(SHANGHAI)))) {
                for (SanctionCheckView check : report.checks()) {
                    page(layout, report, check);
                }
                if (report.checks().isEmpty()) {
                    layout.newPage();
                    layout.title("核查报告 (Sanction check report)");
                    layout.paragraph("未核查任何领域 (no domain checked)");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private void page(PdfLayout layout, CheckReport report, SanctionCheckView check) throws IOException {
        layout.newPage();
        layout.title("安全生产失信惩戒核查报告 (Sanction check report)");
        layout.field("核查主体 Subject", subjectName(check, report));
        layout.field("主体代码 Code", subjectCode(check, report));
        layout.field("核查领域 Domain", ReportLabels.domain(check.domain()));
        layout.field("基准日 As of", check.asOf().toString() + "（投标截止日等核查基准日期 / e.g. the bid deadline）");
        layout.field("核查结论 Verdict", ReportLabels.verdict(check.verdict(), check.subjectFound()));
        layout.field("数据版本 Data version", check.dataVersion());
        layout.field("核查机构 Checked by", report.caller());
        layout.field("生成时间 Generated", TIME.format(report.generatedAt().atZone(SHANGHAI)));
        if (!check.subjectFound()) {
            layout.gap(4);
            layout.paragraph("未找到：本系统中没有与所查名称或代码完全一致的主体。这不是“无限制”的证明：请核对名称或统一社会信用代码后重新核查。"
                    + "\nNot found: no subject with exactly this name or code is known here. This is no proof that the"
                    + " subject is not restricted: check the name or the code and check again.");
        }

        layout.heading("理由与证据 (Reasons and evidence)");
        if (check.reasons().isEmpty()) {
            layout.paragraph(check.subjectFound() ? "基准日无列入名单、从业禁止或其他需关注事项 (no reason holds on the as-of date)." : "—");
        }
        int n = 1;
        for (CheckReason reason : check.reasons()) {
            layout.paragraph(n++ + ". " + ReportLabels.reason(reason.code()));
            reasonDetails(layout, report, reason);
        }

        layout.heading("惩戒措施 (Measures)");
        if (check.measures().isEmpty()) {
            layout.paragraph("—");
        }
        for (MeasureDef m : check.measures()) {
            layout.indented(m.code() + " " + m.titleZh() + " (" + m.titleEn() + ")；依据 (basis): " + m.legalBasis());
        }

        layout.heading("核查回执 (Signed receipt, D8)");
        if (check.receipt() == null) {
            layout.paragraph("无回执 (no receipt): only agency checks are signed.");
            return;
        }
        layout.field("回执编号 Receipt id", report.receiptIds().getOrDefault(check.receipt(), "—"));
        layout.small(check.receipt());
        layout.gap(6);
        String url = report.verifyUrl(check.receipt());
        layout.image(
                qr(url),
                150,
                List.of(
                        "扫码核验 (scan to verify): the code holds " + report.verifyUrl()
                                + "?receipt= and the token above.",
                        "离线核验 (offline): bin/creditgraph verify-receipt TOKEN, or check the ES256 signature with the"
                                + " public key published at /.well-known/jwks.json.",
                        "在线核验 (online): GraphQL query verifyReceipt(token: \"TOKEN\").",
                        "回执载明主体代码、领域、基准日、结论、证据编号、数据版本、核查机构与时间；报告其余内容以回执为准。"
                                + " The receipt states subject code, domain, as-of date, verdict, evidence ids, data"
                                + " version, caller and time; where this page and the receipt differ, the receipt holds."));
    }

    private void reasonDetails(PdfLayout layout, CheckReport report, CheckReason reason) throws IOException {
        if (!reason.path().isEmpty()) {
            layout.indented("控制路径 (control path): "
                    + reason.path().stream().map(CheckReportPdf::edge).collect(Collectors.joining(" → ")));
        }
        ListingFact listing = reason.listing();
        if (listing != null) {
            layout.indented("名单 (list): "
                    + (listing.regime() == null
                            ? "—"
                            : listing.regime().zh() + " (" + listing.regime().name() + ")") + "；记录 (record) "
                    + listing.key());
            layout.indented("列入日期 (listed on) " + date(listing.listedOn())
                    + "；有效至 (in force until, exclusive) " + date(reason.inForceUntil())
                    + (listing.removedOn() != null ? "；移出日期 (removed on) " + listing.removedOn() : "")
                    + (listing.restoredOn() != null ? "；恢复日期 (restored on) " + listing.restoredOn() : ""));
            layout.indented("认定部门 (deciding authority): " + text(listing.authorityName())
                    + (listing.authorityUscc() != null ? " " + listing.authorityUscc() : ""));
            if (listing.reason() != null) {
                layout.indented("列入事由 (reason): " + listing.reason());
            }
            evidence(layout, report, listing.basisRecordIds());
        }
        PrincipalBan.Ban ban = reason.ban();
        if (ban != null) {
            layout.indented("从业禁止 (ban): "
                    + (ban.kind() == PrincipalBan.Kind.LIFETIME_SAME_INDUSTRY
                            ? "终身不得担任本行业主要负责人 (lifetime, same industry"
                                    + (ban.industrySection() != null ? " " + ban.industrySection() : "") + ")"
                            : "五年内不得担任任何生产经营单位的主要负责人 (5 years, any industry)")
                    + "；自 (from) " + ban.from() + " 至 (until) " + date(ban.until()));
            if (ban.accidentNumber() != null) {
                evidence(layout, report, List.of(ban.accidentNumber()));
            }
        }
        if (reason.criterion() != null) {
            layout.indented("条件 (criterion): " + reason.criterion().code() + "；依据 (basis) "
                    + text(reason.criterion().legalBasis()));
            evidence(layout, report, reason.criterion().recordKeys());
        }
    }

    /** The penalties (decision number, authority, date) and accidents (number, date, grade) cited. */
    private static void evidence(PdfLayout layout, CheckReport report, List<String> ids) throws IOException {
        Map<String, Penalty> penalties = report.penalties();
        Map<String, Accident> accidents = report.accidents();
        for (String id : ids) {
            Penalty p = penalties.get(id);
            Accident a = accidents.get(id);
            if (p != null) {
                layout.indented("· 处罚决定书 (penalty decision) " + p.decisionNumber() + "；"
                        + (p.authority() == null ? "" : text(p.authority().name()) + "；") + "决定日期 (decided on) "
                        + date(p.decidedOn()));
            } else if (a != null) {
                layout.indented("· 事故 (accident) " + a.accidentNumber() + "；发生日期 (occurred on) "
                        + date(a.occurredOn()) + "；" + ReportLabels.grade(a.grade()) + " (" + a.grade() + ")"
                        + (a.title() != null ? "；" + a.title() : ""));
            } else {
                layout.indented("· 记录 (record) " + id);
            }
        }
    }

    private static String edge(ControlEdge e) {
        return text(e.fromName()) + "（" + ReportLabels.role(e.role())
                + (e.sharePercent() != null ? " " + e.sharePercent() + "%" : "") + "）";
    }

    private static String subjectName(SanctionCheckView check, CheckReport report) {
        return check.subject() != null ? check.subject().name() : report.asked();
    }

    private static String subjectCode(SanctionCheckView check, CheckReport report) {
        return switch (check.subject()) {
            case Enterprise e -> "统一社会信用代码 (USCC) " + e.uscc();
            case Person p ->
                "自然人 (person) id " + p.id()
                        + (p.maskedIdNumber() != null ? "；证件号码 (ID, masked) " + p.maskedIdNumber() : "");
            case ListedParty l ->
                "名单所列主体 (listed party) " + text(l.list())
                        + (l.legacyCode() != null ? "；原代码 (legacy code) " + l.legacyCode() : "");
            case null -> "所查 (asked): " + report.asked();
        };
    }

    private static String date(LocalDate date) {
        return date == null ? "—" : date.toString();
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** The QR code of a text, in black modules on white with a 2-module quiet zone. */
    static BufferedImage qr(String content) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            content,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.L,
                                    EncodeHintType.MARGIN,
                                    2,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalStateException("receipt too long for a QR code", e);
        }
        int size = matrix.getWidth() * QR_PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int x = 0; x < size; x++) {
            for (int y = 0; y < size; y++) {
                boolean dark = matrix.get(x / QR_PIXELS_PER_MODULE, y / QR_PIXELS_PER_MODULE);
                image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }
}
