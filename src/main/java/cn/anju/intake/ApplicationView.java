package cn.anju.intake;

import cn.anju.application.Application;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.Child;
import cn.anju.application.Contact;
import cn.anju.application.IssuedCertificate;
import cn.anju.application.Stage;
import cn.anju.application.StatusEvent;
import cn.anju.identity.Masked;
import cn.anju.privacy.Consent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
        List<ApplicantView> applicants,
        List<ChildOutcome> children,
        List<CertificateLink> certificates,
        List<StatusEvent> timeline,
        ConsentGiven consent) {

    /** Null for an application submitted before consent was asked. */
    record ConsentGiven(boolean childrenData, boolean truthDeclaration, String textVersion, Instant givenAt) {
    }

    /** Identity and phone numbers masked: the whole numbers are GET /api/applications/{id}/identity-numbers. */
    record ApplicantView(UUID id, String fullName, String relationship, String residentId, String phone) {
    }

    record ChildOutcome(UUID id, String fullName, String residentId, LocalDate birthDate, String schoolEntry, String school,
                        Integer grade, String transport, String clinic, List<String> explanation) {
    }

    record CertificateLink(String kind, UUID childId, String code, Instant issuedAt, String url) {
    }

    static ApplicationView of(Application a, Contact contact, List<String> missingItems,
                              List<IssuedCertificate> certificates, List<StatusEvent> timeline,
                              Optional<Consent> consent) {
        return new ApplicationView(a.id(), a.reference(), a.district().englishName(), a.status(), a.stage(),
                a.decisionDeadline(), a.decisionReasons(), contact.email(), contact.language().tag(),
                a.submittedAt(), a.decidedAt(), missingItems,
                a.applicants().stream().map(p -> new ApplicantView(p.id(), p.fullName(), p.relationship().name(),
                        Masked.residentId(p.residentId()), Masked.phone(p.phone()))).toList(),
                a.children().stream().map(ApplicationView::outcome).toList(),
                certificates.stream().map(c -> new CertificateLink(c.kind(), c.childId(), c.code(), c.issuedAt(),
                        c.url())).toList(),
                timeline, consent.map(c -> new ConsentGiven(c.childrenData(), c.truthDeclaration(), c.textVersion(),
                        c.givenAt())).orElse(null));
    }

    private static ChildOutcome outcome(Child c) {
        Child.Placement p = c.placement();
        return new ChildOutcome(c.id(), c.fullName(), Masked.residentId(c.residentId()), c.birthDate(), p.schoolEntry(), p.schoolName(), p.grade(),
                p.transport(), p.clinicName(),
                p.explanation() == null ? List.of() : List.of(p.explanation().split("\n")));
    }
}
