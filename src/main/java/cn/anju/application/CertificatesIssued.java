package cn.anju.application;

import java.util.List;
import java.util.UUID;

/** New documents of a family were stored: the codes of this batch, in the issuing transaction. */
public record CertificatesIssued(UUID applicationId, List<String> codes) {

    public CertificatesIssued {
        codes = List.copyOf(codes);
    }
}
