package cn.anju.certificate.internal;

import java.time.Instant;
import java.util.Map;

/** What one may learn of a code: its status and, for a verifier, the fields a valid document shows. */
record Verification(String code, CertificateStatus status, CertificateKind kind, Instant issuedAt,
                    Map<String, String> fields, String replacedBy, Instant revokedAt, String revocationReason) {

    /** A verifier learns that a document is revoked or replaced, not why, nor the new code. */
    static Verification forVerifier(CertificateRow r, Map<String, String> fields) {
        return new Verification(r.code(), r.status(), r.kind(), r.issued(), r.valid() ? fields : Map.of(), null,
                r.revoked(), null);
    }

    /** For staff: the whole record, with the reason and any successor. */
    static Verification forStaff(CertificateRow r) {
        return new Verification(r.code(), r.status(), r.kind(), r.issued(), Map.of(), r.replacedBy(), r.revoked(),
                r.revocationReason());
    }
}
