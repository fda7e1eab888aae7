package cn.anju.certificate.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the certificate table without the PDF; the subject is "FAMILY" or the child's id. */
record CertificateRow(String code, UUID applicationId, CertificateKind kind, String subject, CertificateStatus status,
                      OffsetDateTime issuedAt, String publicFields, String replacedBy, OffsetDateTime revokedAt,
                      String revocationReason) {

    boolean valid() {
        return status == CertificateStatus.VALID;
    }

    Instant issued() {
        return issuedAt.toInstant();
    }

    Instant revoked() {
        return revokedAt == null ? null : revokedAt.toInstant();
    }
}
