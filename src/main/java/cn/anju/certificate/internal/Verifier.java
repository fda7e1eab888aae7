package cn.anju.certificate.internal;

import cn.anju.application.CaseLog;
import cn.anju.application.TimelineEntryType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers what a code is, and serves its stored PDF; every verification and download is audited. */
@Service
class Verifier {

    private final CertificateStore store;
    private final CaseLog caseLog;

    Verifier(CertificateStore store, CaseLog caseLog) {
        this.store = store;
        this.caseLog = caseLog;
    }

    @Transactional
    public Optional<Verification> verify(String code) {
        return store.row(code).map(r -> {
            caseLog.record(r.applicationId(), TimelineEntryType.CERTIFICATE_VERIFIED, "verifier", r.code());
            return Verification.forVerifier(r, store.publicFields(r));
        });
    }

    public Optional<UUID> applicationOf(String code) {
        return store.row(code).map(CertificateRow::applicationId);
    }

    public Optional<StoredPdf> pdf(String code) {
        return store.pdf(code);
    }

    public void downloaded(StoredPdf pdf, String by) {
        caseLog.record(pdf.applicationId(), TimelineEntryType.CERTIFICATE_DOWNLOADED, by, pdf.code());
    }
}
