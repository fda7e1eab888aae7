package cn.anju.certificate.internal;

import cn.anju.application.Application;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.CertificatesIssued;
import cn.anju.application.Child;
import cn.anju.application.IssuedCertificate;
import cn.anju.certificate.CertificateService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues each document of an approved application once: a retried job finds it issued. */
@Service
class CertificateIssuing implements CertificateService {

    private final CertificateStore store;
    private final DocumentIssuer issuer;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Verifier verifier;

    CertificateIssuing(CertificateStore store, DocumentIssuer issuer, Clock clock, ApplicationEventPublisher events,
                       Verifier verifier) {
        this.store = store;
        this.issuer = issuer;
        this.clock = clock;
        this.events = events;
        this.verifier = verifier;
    }

    @Override
    @Transactional
    public List<IssuedCertificate> issueAll(UUID applicationId) {
        Application a = issuer.application(applicationId);
        if (a.status() != ApplicationStatus.APPROVED) {
            throw new IllegalStateException("Certificates are issued for approved applications only; "
                    + a.reference() + " is " + a.status());
        }
        LocalDate today = LocalDate.now(clock);
        List<String> batch = new ArrayList<>();
        if (!store.issued(applicationId, CertificateKind.RESIDENCE, CertificateStore.FAMILY)) {
            batch.add(issuer.issue(a, CertificateStore.FAMILY, CertificateContent.residence(a, today), 1).code());
        }
        for (Child child : a.children()) {
            batch.addAll(issueChildDocuments(a, child, today));
        }
        announce(applicationId, batch);
        return certificatesOf(applicationId);
    }

    /** The child's school letter (when it has a school) and clinic card, unless already issued; their codes. */
    public List<String> issueChildDocuments(Application a, Child child, LocalDate today) {
        String subject = child.id().toString();
        List<String> codes = new ArrayList<>();
        if (child.placement().schoolName() != null && !store.issued(a.id(), CertificateKind.SCHOOL_LETTER, subject)) {
            codes.add(issuer.issue(a, subject, CertificateContent.schoolLetter(a, child, today), 1).code());
        }
        if (child.placement().clinicName() != null && !store.issued(a.id(), CertificateKind.CLINIC_CARD, subject)) {
            codes.add(issuer.issue(a, subject, CertificateContent.clinicCard(a, child, today), 1).code());
        }
        return codes;
    }

    /** A retried job that finds everything issued announces nothing: the family hears of new documents only. */
    public void announce(UUID applicationId, List<String> codes) {
        if (!codes.isEmpty()) {
            events.publishEvent(new CertificatesIssued(applicationId, codes));
        }
    }

    /** The same stored PDF and the same audit entry as GET /api/certificates/{code}.pdf. */
    @Override
    public Optional<byte[]> download(String code, String downloadedBy) {
        return verifier.pdf(code).map(pdf -> {
            verifier.downloaded(pdf, downloadedBy);
            return pdf.content();
        });
    }

    @Override
    public List<IssuedCertificate> certificatesOf(UUID applicationId) {
        return store.validOf(applicationId);
    }
}
