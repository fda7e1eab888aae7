package cn.anju.certificate.internal;

import cn.anju.application.Application;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.CaseLog;
import cn.anju.application.TimelineEntryType;
import cn.anju.application.Child;
import cn.anju.application.IssuedCertificate;
import cn.anju.application.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** One document: a new code, rendered, signed, stored with its SHA-256, and noted in the case log. */
@Component
class DocumentIssuer {

    private final CertificateStore store;
    private final ApplicationRepository applications;
    private final CertificateRenderer renderer;
    private final PdfSigner signer;
    private final CaseLog caseLog;
    private final CertificateProperties properties;
    private final Clock clock;

    DocumentIssuer(CertificateStore store, ApplicationRepository applications, CertificateRenderer renderer,
                   PdfSigner signer, CaseLog caseLog, CertificateProperties properties, Clock clock) {
        this.store = store;
        this.applications = applications;
        this.renderer = renderer;
        this.signer = signer;
        this.caseLog = caseLog;
        this.properties = properties;
        this.clock = clock;
    }

    public IssuedCertificate issue(Application a, String subject, CertificateContent content, int issueNo) {
        String code = CertificateCode.next();
        byte[] pdf;
        try {
            String title = content.kind().englishTitle() + " " + a.reference();
            byte[] unsigned = renderer.render(content, title, CertificateContent.authority(a), code,
                    properties.verifyUrl(code));
            pdf = signer.sign(unsigned, CertificateContent.authority(a), content.kind().englishTitle());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant issuedAt = Instant.now(clock);
        store.insert(code, a.id(), content, subject, issueNo, issuedAt, pdf, Sha256.hex(pdf));
        caseLog.record(a.id(), TimelineEntryType.CERTIFICATE_ISSUED, CaseLog.SYSTEM, content.kind() + " " + code);
        return new IssuedCertificate(content.kind().name(), CertificateStore.childOf(subject), code, issuedAt);
    }

    public Application application(UUID id) {
        return applications.findById(id).orElseThrow(() -> new IllegalArgumentException("No application " + id));
    }

    static Child child(Application a, String subject) {
        return a.children().stream().filter(c -> c.id().toString().equals(subject)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No child " + subject + " in " + a.reference()));
    }
}
