package cn.anju.certificate.internal;

/** The certificate's state does not allow the change (already revoked, replaced...): answered 409. */
class CertificateConflict extends RuntimeException {

    CertificateConflict(String message) {
        super(message);
    }
}
