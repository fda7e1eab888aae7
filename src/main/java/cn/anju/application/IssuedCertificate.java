package cn.anju.application;

import java.time.Instant;
import java.util.UUID;

/** A certificate issued for an application, as its status shows it. */
public record IssuedCertificate(String kind, UUID childId, String code, Instant issuedAt) {

    public String url() {
        return "/api/certificates/" + code + ".pdf";
    }
}
