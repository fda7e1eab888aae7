package cn.anju.certificate.internal;

/** A document is valid until it is revoked, or replaced by a reissue with a new code. */
enum CertificateStatus { VALID, REVOKED, REPLACED }
