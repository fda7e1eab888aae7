package cn.anju.certificate.internal;

import cn.anju.application.Application;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.CaseLog;
import cn.anju.application.Child;
import cn.anju.application.ChildPlacementChanged;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A child's new school or clinic replaces the letter and card already issued for the child (a
 * document that still says what the case says stays). After the placement's commit, in a
 * transaction of its own: a document that cannot be drawn fails this reaction, retried later,
 * never the decision or override that caused it; a retry replaces nothing twice.
 */
@Component
class Reissuer {

    private final CertificateStore store;
    private final DocumentIssuer issuer;
    private final CertificateIssuing issuing;
    private final Revocations revocations;
    private final Clock clock;

    Reissuer(CertificateStore store, DocumentIssuer issuer, CertificateIssuing issuing, Revocations revocations,
             Clock clock) {
        this.store = store;
        this.issuer = issuer;
        this.issuing = issuing;
        this.revocations = revocations;
        this.clock = clock;
    }

    @ApplicationModuleListener
    public void on(ChildPlacementChanged changed) {
        LocalDate today = LocalDate.now(clock);
        String subject = changed.childId().toString();
        Application current = issuer.application(changed.applicationId());
        Child child = DocumentIssuer.child(current, subject);
        List<String> batch = new ArrayList<>();
        for (String code : store.validCodes(changed.applicationId(), subject)) {
            CertificateRow r = store.row(code).orElseThrow();
            if (!CertificateContent.of(r.kind(), current, child, today).saysTheSameAs(store.publicFields(r))) {
                batch.add(revocations.reissue(r.code(), CaseLog.SYSTEM).code());
            }
        }
        // A child who was waiting for a seat when the certificates were issued gets its letter now.
        if (current.status() == ApplicationStatus.APPROVED
                && store.issued(current.id(), CertificateKind.RESIDENCE, CertificateStore.FAMILY)) {
            batch.addAll(issuing.issueChildDocuments(current, child, today));
        }
        issuing.announce(changed.applicationId(), batch);
    }
}
