package cn.anju.certificate.internal;

import cn.anju.application.Application;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.CaseLog;
import cn.anju.application.TimelineEntryType;
import cn.anju.application.IssuedCertificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A supervisor's (or a reaction's) revocation or reissue of one document; the old code stays verifiable. */
@Service
class Revocations {

    private final CertificateStore store;
    private final DocumentIssuer issuer;
    private final CaseLog caseLog;
    private final Clock clock;

    Revocations(CertificateStore store, DocumentIssuer issuer, CaseLog caseLog, Clock clock) {
        this.store = store;
        this.issuer = issuer;
        this.caseLog = caseLog;
        this.clock = clock;
    }

    @Transactional
    public Verification revoke(String code, String reason, String by) {
        CertificateRow r = store.row(code).orElseThrow(CertificateNotFound::new);
        if (!r.valid()) {
            throw new CertificateConflict("The certificate is already " + r.status());
        }
        if (!store.revoke(r.code(), Instant.now(clock), reason)) {
            throw new CertificateConflict("The certificate is already revoked"); // by a revocation at the same moment
        }
        caseLog.record(r.applicationId(), TimelineEntryType.CERTIFICATE_REVOKED, by, r.kind() + " " + r.code() + ": " + reason);
        return Verification.forStaff(store.row(r.code()).orElseThrow());
    }

    /** A new document with a new code, drawn from the case as it is now; the old code shows as replaced. */
    @Transactional
    public IssuedCertificate reissue(String code, String by) {
        CertificateRow r = store.row(code).orElseThrow(CertificateNotFound::new);
        if (r.status() == CertificateStatus.REPLACED) {
            throw new CertificateConflict("The certificate was already replaced");
        }
        Application a = issuer.application(r.applicationId());
        if (a.status() != ApplicationStatus.APPROVED) {
            throw new CertificateConflict("The application is " + a.status() + ": nothing to reissue");
        }
        if (!store.markReplaced(r)) {
            throw new CertificateConflict("The certificate is being reissued already");
        }
        CertificateContent content = CertificateContent.of(r.kind(), a,
                r.kind() == CertificateKind.RESIDENCE ? null : DocumentIssuer.child(a, r.subject()),
                LocalDate.now(clock));
        IssuedCertificate replacement = issuer.issue(a, r.subject(), content, store.nextIssueNo(r));
        store.replacedBy(r.code(), replacement.code());
        caseLog.record(r.applicationId(), TimelineEntryType.CERTIFICATE_REISSUED, by, r.code() + " replaced by " + replacement.code());
        return replacement;
    }
}
