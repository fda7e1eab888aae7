package cn.anju.intake;

import cn.anju.application.Application;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.Child;
import cn.anju.application.Contact;
import cn.anju.application.IssuedCertificate;
import cn.anju.application.Stage;
import cn.anju.application.StatusEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** GET /api/applications/{id}: where the case stands, for the family and for staff. */
record ApplicationView(
        UUID id,
        String reference,
        String district,
        ApplicationStatus status,
        Stage stage,
        LocalDate decisionDeadline,
        String decisionReasons,
        String email,
        String language,
        Instant submittedAt,
        Instant decidedAt,
        List<String> missingItems,
        List<ChildOutcome> children,
        List<CertificateLink> certificates,
        List<StatusEvent> timeline) {

    record ChildOutcome(UUID id, String fullName, LocalDate birthDate, String schoolEntry, String school,
                        Integer grade, String transport, String clinic, List<String> explanation) {
    }

    record CertificateLink(String kind, UUID childId, String code, Instant issuedAt, String url) {
    }

    static ApplicationView of(Application a, Contact contact, List<String> missingItems,
                              List<IssuedCertificate> certificates, List<StatusEvent> timeline) {
        return new ApplicationView(a.id(), a.reference(), a.district().englishName(), a.status(), a.stage(),
                a.decisionDeadline(), a.decisionReasons(), contact.email(), contact.language().tag(),
                a.submittedAt(), a.decidedAt(), missingItems,
                a.children().stream().map(ApplicationView::outcome).toList(),
                certificates.stream().map(c -> new CertificateLink(c.kind(), c.childId(), c.code(), c.issuedAt(),
                        c.url())).toList(),
                timeline);
    }

    private static ChildOutcome outcome(Child c) {
        Child.Placement p = c.placement();
        return new ChildOutcome(c.id(), c.fullName(), c.birthDate(), p.schoolEntry(), p.schoolName(), p.grade(),
                p.transport(), p.clinicName(),
                p.explanation() == null ? List.of() : List.of(p.explanation().split("\n")));
    }
}
