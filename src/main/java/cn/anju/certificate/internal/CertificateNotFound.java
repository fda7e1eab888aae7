package cn.anju.certificate.internal;

/** No certificate has this code (or none the caller may see): answered 404 by {@link CertificateErrors}. */
class CertificateNotFound extends RuntimeException {

    CertificateNotFound() {
        super("No certificate with this code");
    }
}
