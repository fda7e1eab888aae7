package cn.anju.certificate;

import cn.anju.application.ApplicationRepository;
import cn.anju.application.CaseLog;
import cn.anju.application.Sha256;
import cn.anju.application.CertificateDirectory;
import cn.anju.application.IssuedCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues certificates once: a retried job finds the certificate already stored and returns it.
 * PDFs are stored with their SHA-256 and served from storage, never re-rendered.
 */
@Service
public class CertificateService implements CertificateDirectory {

    public static final String RESIDENCE = "RESIDENCE";
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 12;

    private final JdbcClient jdbc;
    private final ApplicationRepository applications;
    private final ResidenceCertificateRenderer renderer;
    private final CaseLog caseLog;
    private final SecureRandom random = new SecureRandom();

    public CertificateService(JdbcClient jdbc, ApplicationRepository applications,
                              ResidenceCertificateRenderer renderer, CaseLog caseLog) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.renderer = renderer;
        this.caseLog = caseLog;
    }

    @Transactional
    public IssuedCertificate issueResidenceCertificate(UUID applicationId) {
        Optional<IssuedCertificate> existing = find(applicationId, RESIDENCE);
        if (existing.isPresent()) {
            return existing.get();
        }
        var application = applications.findById(applicationId)
                .orElseThrow(() -> new IllegalArgumentException("No application " + applicationId));
        String code = newCode();
        byte[] pdf;
        try {
            pdf = renderer.render(application, code, ResidenceCertificateRenderer.today());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant issuedAt = Instant.now();
        jdbc.sql("""
                insert into certificate (code, application_id, kind, child_id, issued_at, sha256, content)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(code, applicationId, RESIDENCE, null, issuedAt.atOffset(ZoneOffset.UTC), Sha256.hex(pdf), pdf)
                .update();
        caseLog.record(applicationId, "CERTIFICATE_ISSUED", CaseLog.SYSTEM, RESIDENCE + " " + code);
        return new IssuedCertificate(RESIDENCE, null, code, issuedAt);
    }

    @Override
    public List<IssuedCertificate> certificatesOf(UUID applicationId) {
        return jdbc.sql("select kind, child_id, code, issued_at from certificate where application_id = ? order by issued_at")
                .param(applicationId).query((rs, n) -> new IssuedCertificate(rs.getString(1),
                        rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    public record StoredPdf(UUID applicationId, String code, byte[] content, String sha256) {
    }

    public Optional<StoredPdf> pdf(String code) {
        return jdbc.sql("select application_id, code, content, sha256 from certificate where code = ?").param(code)
                .query((rs, n) -> new StoredPdf(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3),
                        rs.getString(4)))
                .optional();
    }

    private Optional<IssuedCertificate> find(UUID applicationId, String kind) {
        return jdbc.sql("select kind, child_id, code, issued_at from certificate where application_id = ? and kind = ?")
                .params(applicationId, kind).query((rs, n) -> new IssuedCertificate(rs.getString(1),
                        rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** 12 characters of a 31-letter alphabet: about 59 bits, not guessable and not a database id. */
    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

}
