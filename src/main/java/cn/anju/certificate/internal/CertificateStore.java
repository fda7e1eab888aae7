package cn.anju.certificate.internal;

import cn.anju.application.IssuedCertificate;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The certificate table: one row per issued document, its PDF, its public fields frozen as JSON. */
@Repository
class CertificateStore {

    static final String FAMILY = "FAMILY";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CertificateStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(String code, UUID applicationId, CertificateContent content, String subject, int issueNo,
                       Instant issuedAt, byte[] pdf, String sha256) {
        jdbc.sql("""
                insert into certificate (code, application_id, kind, child_id, subject, issue_no, issued_at, sha256,
                    content, status, public_fields)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(code, applicationId, content.kind().name(), childOf(subject), subject, issueNo, utc(issuedAt),
                        sha256, pdf, CertificateStatus.VALID.name(), write(content.publicFields()))
                .update();
    }

    static UUID childOf(String subject) {
        return FAMILY.equals(subject) ? null : UUID.fromString(subject);
    }

    public Optional<CertificateRow> row(String code) {
        return jdbc.sql("""
                select code, application_id, kind, subject, status, issued_at, public_fields, replaced_by, revoked_at,
                    revocation_reason
                from certificate where code = ?""")
                .param(CertificateCode.normalise(code)).query(CertificateRow.class).optional();
    }

    public Optional<StoredPdf> pdf(String code) {
        return jdbc.sql("select application_id, code, content, sha256 from certificate where code = ?")
                .param(CertificateCode.normalise(code)).query(StoredPdf.class).optional();
    }

    public List<IssuedCertificate> validOf(UUID applicationId) {
        return jdbc.sql("""
                select kind, child_id, code, issued_at from certificate
                where application_id = ? and status = 'VALID' order by issued_at, kind""")
                .param(applicationId).query((rs, n) -> new IssuedCertificate(rs.getString(1),
                        rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The valid codes of the application, of one subject or (subject null) of all. */
    public List<String> validCodes(UUID applicationId, String subject) {
        return jdbc.sql("""
                select code from certificate where application_id = ? and status = 'VALID'
                  and (cast(? as varchar) is null or subject = ?)""")
                .params(applicationId, subject, subject).query(String.class).list();
    }

    public boolean issued(UUID applicationId, CertificateKind kind, String subject) {
        return jdbc.sql("select count(*) from certificate where application_id = ? and kind = ? and subject = ?")
                .params(applicationId, kind.name(), subject).query(Long.class).single() > 0;
    }

    public int nextIssueNo(CertificateRow r) {
        return jdbc.sql("select max(issue_no) from certificate where application_id = ? and kind = ? and subject = ?")
                .params(r.applicationId(), r.kind().name(), r.subject()).query(Integer.class).single() + 1;
    }

    /** Whether this call revoked it: false when another got there first. */
    public boolean revoke(String code, Instant at, String reason) {
        return jdbc.sql("update certificate set status = ?, revoked_at = ?, revocation_reason = ? where code = ? and status = ?")
                .params(CertificateStatus.REVOKED.name(), utc(at), reason, code, CertificateStatus.VALID.name())
                .update() == 1;
    }

    /** Whether this call marked it replaced: false when another got there first. */
    public boolean markReplaced(CertificateRow r) {
        return jdbc.sql("update certificate set status = ? where code = ? and status = ?")
                .params(CertificateStatus.REPLACED.name(), r.code(), r.status().name()).update() > 0;
    }

    public void replacedBy(String code, String successor) {
        jdbc.sql("update certificate set replaced_by = ? where code = ?").params(successor, code).update();
    }

    public Map<String, String> publicFields(CertificateRow r) {
        try {
            return r.publicFields() == null ? Map.of()
                    : json.readValue(r.publicFields(), new TypeReference<Map<String, String>>() {
                    });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Map<String, String> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
