package cn.anju.certificate.internal;

import cn.anju.application.Applicant;
import cn.anju.application.Application;
import cn.anju.application.Child;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one document says: its printed lines, and the few fields a verifier may see (a school
 * letter shows the child's placement, never the family's lease or ID numbers).
 */
record CertificateContent(CertificateKind kind, List<Line> lines, Map<String, String> publicFields) {

    record Line(float size, String text) {
    }

    static CertificateContent residence(Application a, LocalDate issuedOn) {
        var lines = header(CertificateKind.RESIDENCE, a, issuedOn);
        lines.add(new Line(11, "有效期至 Valid until: " + issuedOn.plusYears(1)));
        lines.add(new Line(11, "地址 Address: " + a.addressLine() + ", " + a.addressDistrict().chineseName() + " "
                + a.addressDistrict().englishName() + ", 深圳市 Shenzhen"));
        lines.add(new Line(11, "抵达日期 Arrived on: " + a.arrivalDate()));
        lines.add(new Line(8, ""));
        lines.add(new Line(13, "申请人 Applicants"));
        for (Applicant p : a.applicants()) {
            lines.add(new Line(11, "  " + p.fullName() + "  (" + p.relationship().name().toLowerCase() + ", 出生 born "
                    + p.birthDate() + ")"));
        }
        lines.add(new Line(8, ""));
        lines.add(new Line(13, "随迁子女 Children residing with the family"));
        for (Child c : a.children()) {
            lines.add(new Line(11, "  " + c.fullName() + "  (出生 born " + c.birthDate() + ")"));
        }
        lines.add(new Line(8, ""));
        lines.add(new Line(10, "持本证明的家庭已在深圳市登记居住，其子女享有就近入学和社区医疗服务。"));
        lines.add(new Line(10, "The family holding this certificate is registered as resident in Shenzhen; its children"));
        lines.add(new Line(10, "are entitled to a school place and community health services."));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reference", a.reference());
        fields.put("district", a.district().englishName());
        fields.put("residents", String.join(", ", a.applicants().stream().map(Applicant::fullName).toList()) + ", "
                + String.join(", ", a.children().stream().map(Child::fullName).toList()));
        fields.put("validUntil", issuedOn.plusYears(1).toString());
        return new CertificateContent(CertificateKind.RESIDENCE, lines, fields);
    }

    static CertificateContent schoolLetter(Application a, Child c, LocalDate issuedOn) {
        var p = c.placement();
        String schoolYear = schoolYear(issuedOn);
        var lines = header(CertificateKind.SCHOOL_LETTER, a, issuedOn);
        lines.add(new Line(13, "学生 Pupil: " + c.fullName() + "  (出生 born " + c.birthDate() + ")"));
        lines.add(new Line(13, "学校 School: " + p.schoolName()));
        lines.add(new Line(11, "年级 Grade: " + (p.grade() == null ? "—" : p.grade()) + "    学年 School year: " + schoolYear));
        if (p.transport() != null) {
            lines.add(new Line(11, "交通 Transport: " + p.transport()));
        }
        lines.add(new Line(8, ""));
        lines.add(new Line(10, "请学校凭本通知书为该生办理入学手续。学籍号不是入学的前提条件。"));
        lines.add(new Line(10, "The school is asked to enrol the pupil on this letter; a student record number is not a"));
        lines.add(new Line(10, "precondition for the place."));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("pupil", c.fullName());
        fields.put("school", p.schoolName());
        fields.put("grade", p.grade() == null ? "" : p.grade().toString());
        fields.put("schoolYear", schoolYear);
        return new CertificateContent(CertificateKind.SCHOOL_LETTER, lines, fields);
    }

    static CertificateContent clinicCard(Application a, Child c, LocalDate issuedOn) {
        var lines = header(CertificateKind.CLINIC_CARD, a, issuedOn);
        lines.add(new Line(13, "儿童 Child: " + c.fullName() + "  (出生 born " + c.birthDate() + ")"));
        lines.add(new Line(13, "社区卫生服务中心 Clinic: " + c.placement().clinicName()));
        lines.add(new Line(11, "登记日期 Registered on: " + issuedOn));
        lines.add(new Line(8, ""));
        lines.add(new Line(10, "该儿童在现居住地社区卫生服务中心接种疫苗和接受儿童健康管理。"));
        lines.add(new Line(10, "The child is vaccinated and followed by the community clinic where it now lives."));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("child", c.fullName());
        fields.put("clinic", c.placement().clinicName());
        fields.put("registeredOn", issuedOn.toString());
        return new CertificateContent(CertificateKind.CLINIC_CARD, lines, fields);
    }

    /** The document of this kind as the case says it now (the child is null for the residence certificate). */
    static CertificateContent of(CertificateKind kind, Application a, Child child, LocalDate issuedOn) {
        return switch (kind) {
            case RESIDENCE -> residence(a, issuedOn);
            case SCHOOL_LETTER -> schoolLetter(a, child, issuedOn);
            case CLINIC_CARD -> clinicCard(a, child, issuedOn);
        };
    }

    /** The fields that change a document's meaning: who, which school or clinic, which grade (not the dates). */
    private static final Map<CertificateKind, List<String>> SUBSTANCE = Map.of(
            CertificateKind.RESIDENCE, List.of("reference", "district", "residents"),
            CertificateKind.SCHOOL_LETTER, List.of("pupil", "school", "grade"),
            CertificateKind.CLINIC_CARD, List.of("child", "clinic"));

    /** Whether a document issued with these public fields still says what this content says. */
    boolean saysTheSameAs(Map<String, String> issuedFields) {
        return SUBSTANCE.get(kind).stream()
                .allMatch(field -> java.util.Objects.equals(publicFields.get(field), issuedFields.get(field)));
    }

    static String authority(Application a) {
        return "深圳市" + a.district().chineseName() + "居住登记办公室 / "
                + a.district().englishName() + " District Residency Office, Shenzhen";
    }

    /** The school year that starts on 1 September: 2026-2027 from September 2026 to August 2027. */
    static String schoolYear(LocalDate on) {
        int start = on.getMonthValue() >= 9 ? on.getYear() : on.getYear() - 1;
        return start + "-" + (start + 1);
    }

    private static List<Line> header(CertificateKind kind, Application a, LocalDate issuedOn) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(20, kind.chineseTitle()));
        lines.add(new Line(14, kind.englishTitle()));
        lines.add(new Line(10, authority(a)));
        lines.add(new Line(8, ""));
        lines.add(new Line(11, "编号 Reference: " + a.reference()));
        lines.add(new Line(11, "签发日期 Issued on: " + issuedOn));
        return lines;
    }
}
