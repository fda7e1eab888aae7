package cn.anju.certificate.internal;

import java.util.UUID;

/** A document as issued and signed, served from storage, never re-rendered. */
record StoredPdf(UUID applicationId, String code, byte[] content, String sha256) {
}
