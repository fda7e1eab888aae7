package cn.anju.certificate;

import cn.anju.application.Application;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.ApplicationWithdrawn;
import cn.anju.application.ChildPlacementChanged;
import cn.anju.application.CaseLog;
import cn.anju.application.CertificateDirectory;
import cn.anju.application.CertificatesIssued;
import cn.anju.application.Child;
import cn.anju.application.IssuedCertificate;
import cn.anju.application.Sha256;
import cn.anju.web.ApiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.ArrayList;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues each document of an approved application once (a retried job finds it issued), signs it,
 * stores the PDF with its SHA-256, and answers verifications, revocations and reissues.
 */
@Service
public class CertificateService implements CertificateDirectory {

    static final String FAMILY = "FAMILY";
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int CODE_LENGTH = 12;
    static final Pattern CODE = Pattern.compile("[" + CODE_ALPHABET + "]{" + CODE_LENGTH + "}");

    public enum Status { VALID, REVOKED, REPLACED }

    private final JdbcClient jdbc;
    private final ApplicationRepository applications;
    private final CertificateRenderer renderer;
    private final PdfSigner signer;
    private final CaseLog caseLog;
    private final CertificateProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    public CertificateService(JdbcClient jdbc, ApplicationRepository applications, CertificateRenderer renderer,
                              PdfSigner signer, CaseLog caseLog, CertificateProperties properties, ObjectMapper json,
                              Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.renderer = renderer;
        this.signer = signer;
        this.caseLog = caseLog;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /** The family's residence certificate and, per child, a school letter (when placed) and a clinic card. */
    @Transactional
    public List<IssuedCertificate> issueAll(UUID applicationId) {
        Application a = application(applicationId);
        if (a.status() != ApplicationStatus.APPROVED) {
            throw new IllegalStateException("Certificates are issued for approved applications only; "
                    + a.reference() + " is " + a.status());
        }
        LocalDate today = LocalDate.now(clock);
        List<String> batch = new ArrayList<>();
        if (!issued(applicationId, CertificateKind.RESIDENCE, FAMILY)) {
            batch.add(issue(a, FAMILY, CertificateContent.residence(a, today), 1).code());
        }
        for (Child child : a.children()) {
            batch.addAll(issueChildDocuments(a, child, today));
        }
        announce(applicationId, batch);
        return certificatesOf(applicationId);
    }

    /** The child's school letter (when it has a school) and clinic card, unless already issued; their codes. */
    private List<String> issueChildDocuments(Application a, Child child, LocalDate today) {
        String subject = child.id().toString();
        List<String> codes = new ArrayList<>();
        if (child.placement().schoolName() != null && !issued(a.id(), CertificateKind.SCHOOL_LETTER, subject)) {
            codes.add(issue(a, subject, CertificateContent.schoolLetter(a, child, today), 1).code());
        }
        if (child.placement().clinicName() != null && !issued(a.id(), CertificateKind.CLINIC_CARD, subject)) {
            codes.add(issue(a, subject, CertificateContent.clinicCard(a, child, today), 1).code());
        }
        return codes;
    }

    /** A retried job that finds everything issued announces nothing: the family hears of new documents only. */
    private void announce(UUID applicationId, List<String> codes) {
        if (!codes.isEmpty()) {
            events.publishEvent(new CertificatesIssued(applicationId, codes));
        }
    }

    private IssuedCertificate issue(Application a, String subject, CertificateContent content, int issueNo) {
        String code = newCode();
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
        UUID childId = FAMILY.equals(subject) ? null : UUID.fromString(subject);
        jdbc.sql("""
                insert into certificate (code, application_id, kind, child_id, subject, issue_no, issued_at, sha256,
                    content, status, public_fields)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(code, a.id(), content.kind().name(), childId, subject, issueNo, utc(issuedAt), Sha256.hex(pdf),
                        pdf, Status.VALID.name(), write(content.publicFields()))
                .update();
        caseLog.record(a.id(), "CERTIFICATE_ISSUED", CaseLog.SYSTEM, content.kind() + " " + code);
        return new IssuedCertificate(content.kind().name(), childId, code, issuedAt);
    }

    @Override
    public List<IssuedCertificate> certificatesOf(UUID applicationId) {
        return jdbc.sql("""
                select kind, child_id, code, issued_at from certificate
                where application_id = ? and status = 'VALID' order by issued_at, kind""")
                .param(applicationId).query((rs, n) -> new IssuedCertificate(rs.getString(1),
                        rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    public record StoredPdf(UUID applicationId, String code, byte[] content, String sha256) {
    }

    public Optional<StoredPdf> pdf(String code) {
        return jdbc.sql("select application_id, code, content, sha256 from certificate where code = ?")
                .param(normalise(code))
                .query((rs, n) -> new StoredPdf(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3),
                        rs.getString(4)))
                .optional();
    }

    public void downloaded(StoredPdf pdf, String by) {
        caseLog.record(pdf.applicationId(), "CERTIFICATE_DOWNLOADED", by, pdf.code());
    }

    /** What a verifier may learn of a code: its status and, while valid, the fields the document shows. */
    public record Verification(String code, Status status, CertificateKind kind, Instant issuedAt,
                               Map<String, String> fields, String replacedBy, Instant revokedAt,
                               String revocationReason) {
    }

    @Transactional
    public Optional<Verification> verify(String code) {
        return row(code).map(r -> {
            caseLog.record(r.applicationId(), "CERTIFICATE_VERIFIED", "verifier", r.code());
            boolean valid = r.status() == Status.VALID;
            // A verifier learns that a document is revoked or replaced, not why, nor the new code.
            return new Verification(r.code(), r.status(), r.kind(), r.issuedAt(), valid ? read(r.fields()) : Map.of(),
                    null, r.revokedAt(), null);
        });
    }

    public Optional<UUID> applicationOf(String code) {
        return row(code).map(Row::applicationId);
    }

    @Transactional
    public Verification revoke(String code, String reason, String by) {
        Row r = row(code).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "No certificate with this code"));
        if (r.status() != Status.VALID) {
            throw new ApiException(HttpStatus.CONFLICT, "The certificate is already " + r.status());
        }
        jdbc.sql("update certificate set status = ?, revoked_at = ?, revocation_reason = ? where code = ? and status = ?")
                .params(Status.REVOKED.name(), utc(Instant.now(clock)), reason, r.code(), Status.VALID.name())
                .update();
        caseLog.record(r.applicationId(), "CERTIFICATE_REVOKED", by, r.kind() + " " + r.code() + ": " + reason);
        return verifyQuietly(r.code());
    }

    /** A new document with a new code, drawn from the case as it is now; the old code shows as replaced. */
    @Transactional
    public IssuedCertificate reissue(String code, String by) {
        Row r = row(code).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "No certificate with this code"));
        if (r.status() == Status.REPLACED) {
            throw new ApiException(HttpStatus.CONFLICT, "The certificate was already replaced");
        }
        Application a = application(r.applicationId());
        if (a.status() != ApplicationStatus.APPROVED) {
            throw new ApiException(HttpStatus.CONFLICT, "The application is " + a.status() + ": nothing to reissue");
        }
        if (jdbc.sql("update certificate set status = ? where code = ? and status = ?")
                .params(Status.REPLACED.name(), r.code(), r.status().name()).update() == 0) {
            throw new ApiException(HttpStatus.CONFLICT, "The certificate is being reissued already");
        }
        LocalDate today = LocalDate.now(clock);
        CertificateContent content = content(r.kind(), a,
                r.kind() == CertificateKind.RESIDENCE ? null : child(a, r.subject()), today);
        int issueNo = jdbc.sql("select max(issue_no) from certificate where application_id = ? and kind = ? and subject = ?")
                .params(r.applicationId(), r.kind().name(), r.subject()).query(Integer.class).single() + 1;
        IssuedCertificate replacement = issue(a, r.subject(), content, issueNo);
        jdbc.sql("update certificate set replaced_by = ? where code = ?").params(replacement.code(), r.code()).update();
        caseLog.record(r.applicationId(), "CERTIFICATE_REISSUED", by, r.code() + " replaced by " + replacement.code());
        return replacement;
    }

    /** A withdrawn application's documents are revoked, just after the withdrawal commits. */
    @ApplicationModuleListener
    public void on(ApplicationWithdrawn withdrawn) {
        for (String code : validCodes(withdrawn.applicationId(), null)) {
            revoke(code, "application withdrawn" + (withdrawn.reason() == null ? "" : ": " + withdrawn.reason()),
                    CaseLog.SYSTEM);
        }
    }

    /**
     * A child's new school or clinic replaces the letter and card already issued for the child (a
     * document that still says what the case says stays). After the placement's commit, in a
     * transaction of its own: a document that cannot be drawn fails this reaction, retried later,
     * never the decision or override that caused it; a retry replaces nothing twice.
     */
    @ApplicationModuleListener
    public void on(ChildPlacementChanged changed) {
        List<String> batch = new ArrayList<>();
        Application current = application(changed.applicationId());
        Child child = child(current, changed.childId().toString());
        for (Row r : validRows(changed.applicationId(), changed.childId().toString())) {
            if (!content(r.kind(), current, child, LocalDate.now(clock)).saysTheSameAs(read(r.fields()))) {
                batch.add(reissue(r.code(), CaseLog.SYSTEM).code());
            }
        }
        // A child who was waiting for a seat when the certificates were issued gets its letter now.
        if (current.status() == ApplicationStatus.APPROVED && issued(current.id(), CertificateKind.RESIDENCE, FAMILY)) {
            batch.addAll(issueChildDocuments(current, child, LocalDate.now(clock)));
        }
        announce(changed.applicationId(), batch);
    }

    private List<Row> validRows(UUID applicationId, String subject) {
        return validCodes(applicationId, subject).stream().map(code -> row(code).orElseThrow()).toList();
    }

    private static CertificateContent content(CertificateKind kind, Application a, Child child, LocalDate today) {
        return switch (kind) {
            case RESIDENCE -> CertificateContent.residence(a, today);
            case SCHOOL_LETTER -> CertificateContent.schoolLetter(a, child, today);
            case CLINIC_CARD -> CertificateContent.clinicCard(a, child, today);
        };
    }

    private List<String> validCodes(UUID applicationId, String subject) {
        return jdbc.sql("""
                select code from certificate where application_id = ? and status = 'VALID'
                  and (cast(? as varchar) is null or subject = ?)""")
                .params(applicationId, subject, subject).query(String.class).list();
    }

    /** For staff: the whole record, with the reason and any successor. */
    private Verification verifyQuietly(String code) {
        Row r = row(code).orElseThrow();
        return new Verification(r.code(), r.status(), r.kind(), r.issuedAt(), Map.of(), r.replacedBy(), r.revokedAt(),
                r.revocationReason());
    }

    private record Row(String code, UUID applicationId, CertificateKind kind, String subject, Status status,
                       Instant issuedAt, String fields, String replacedBy, Instant revokedAt, String revocationReason) {
    }

    private Optional<Row> row(String code) {
        return jdbc.sql("""
                select code, application_id, kind, subject, status, issued_at, public_fields, replaced_by, revoked_at,
                    revocation_reason
                from certificate where code = ?""")
                .param(normalise(code))
                .query((rs, n) -> new Row(rs.getString(1), rs.getObject(2, UUID.class),
                        CertificateKind.valueOf(rs.getString(3)), rs.getString(4), Status.valueOf(rs.getString(5)),
                        rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7), rs.getString(8),
                        Optional.ofNullable(rs.getObject(9, OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                                .orElse(null),
                        rs.getString(10)))
                .optional();
    }

    /** Codes are read out and typed: accept lower case and surrounding spaces. */
    static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase();
    }

    static boolean wellFormed(String code) {
        return CODE.matcher(normalise(code)).matches();
    }

    private boolean issued(UUID applicationId, CertificateKind kind, String subject) {
        return jdbc.sql("select count(*) from certificate where application_id = ? and kind = ? and subject = ?")
                .params(applicationId, kind.name(), subject).query(Long.class).single() > 0;
    }

    private Application application(UUID id) {
        return applications.findById(id).orElseThrow(() -> new IllegalArgumentException("No application " + id));
    }

    private static Child child(Application a, String subject) {
        return a.children().stream().filter(c -> c.id().toString().equals(subject)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No child " + subject + " in " + a.reference()));
    }

    /** About 59 bits from a 31-letter alphabet without look-alikes (no I, L, O, 0, 1): not guessable, not an id. */
    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private String write(Map<String, String> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String fields) {
        try {
            return fields == null ? Map.of() : json.readValue(fields, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
