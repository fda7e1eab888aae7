package cn.anju.certificate;

import cn.anju.application.Applicant;
import cn.anju.application.Application;
import cn.anju.application.Child;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.stereotype.Component;

/** The family's residence certificate: one A4 page, Chinese with English beneath. */
@Component
class ResidenceCertificateRenderer {

    private static final float MARGIN = 56;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CjkFont cjkFont;

    ResidenceCertificateRenderer(CjkFont cjkFont) {
        this.cjkFont = cjkFont;
    }

    byte[] render(Application application, String code, LocalDate issuedOn) throws IOException {
        List<String[]> lines = lines(application, code, issuedOn);
        synchronized (cjkFont) {
            for (String[] line : lines) {
                int missing = cjkFont.firstMissingCharacter(line[1]);
                if (missing >= 0) {
                    throw new UndrawableTextException(missing);
                }
            }
            try (PDDocument document = new PDDocument()) {
                PDFont font = cjkFont.embedInto(document);
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle("Residence Certificate " + application.reference());
                info.setAuthor(authority(application));
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = page.getMediaBox().getHeight() - MARGIN;
                    for (String[] line : lines) {
                        float size = Float.parseFloat(line[0]);
                        y -= size * 1.6f;
                        content.beginText();
                        content.setFont(font, size);
                        content.newLineAtOffset(MARGIN, y);
                        content.showText(line[1]);
                        content.endText();
                    }
                    content.setLineWidth(0.8f);
                    content.addRect(MARGIN / 2, MARGIN / 2, page.getMediaBox().getWidth() - MARGIN,
                            page.getMediaBox().getHeight() - MARGIN);
                    content.stroke();
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        }
    }

    private static String authority(Application a) {
        return "深圳市" + a.district().chineseName() + "居住登记办公室 / "
                + a.district().englishName() + " District Residency Office, Shenzhen";
    }

    /** Each line: font size, text. */
    private static List<String[]> lines(Application a, String code, LocalDate issuedOn) {
        List<String[]> lines = new ArrayList<>();
        lines.add(line(20, "居住证明"));
        lines.add(line(14, "Residence Certificate"));
        lines.add(line(10, authority(a)));
        lines.add(line(8, ""));
        lines.add(line(11, "编号 Reference: " + a.reference()));
        lines.add(line(11, "签发日期 Issued on: " + issuedOn + "    有效期至 Valid until: " + issuedOn.plusYears(1)));
        lines.add(line(11, "地址 Address: " + a.addressLine() + ", " + a.addressDistrict().chineseName() + " "
                + a.addressDistrict().englishName() + ", 深圳市 Shenzhen"));
        lines.add(line(11, "抵达日期 Arrived on: " + a.arrivalDate()));
        lines.add(line(8, ""));
        lines.add(line(13, "申请人 Applicants"));
        for (Applicant p : a.applicants()) {
            lines.add(line(11, "  " + p.fullName() + "  (" + p.relationship().name().toLowerCase() + ", 出生 born "
                    + p.birthDate() + ")"));
        }
        lines.add(line(8, ""));
        lines.add(line(13, "随迁子女 Children residing with the family"));
        for (Child c : a.children()) {
            lines.add(line(11, "  " + c.fullName() + "  (出生 born " + c.birthDate() + ")"));
            Child.Placement p = c.placement();
            lines.add(line(10, "    学校 School: " + orDash(p.schoolName())
                    + (p.grade() == null ? "" : ", " + p.grade() + " 年级 grade")
                    + (p.transport() == null || p.transport().isBlank() ? "" : ", 交通 transport: " + p.transport())));
            lines.add(line(10, "    社区卫生服务中心 Clinic: " + orDash(p.clinicName())));
        }
        lines.add(line(8, ""));
        lines.add(line(10, "持本证明的家庭已在深圳市登记居住，其子女享有就近入学和社区医疗服务。"));
        lines.add(line(10, "The family holding this certificate is registered as resident in Shenzhen; its children"));
        lines.add(line(10, "are entitled to a school place and community health services."));
        lines.add(line(8, ""));
        lines.add(line(11, "核验码 Verification code: " + code));
        return lines;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private static String[] line(float size, String text) {
        return new String[] {Float.toString(size), text};
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
