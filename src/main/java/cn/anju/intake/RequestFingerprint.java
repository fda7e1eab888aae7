package cn.anju.intake;

import cn.anju.application.Sha256;
import java.nio.charset.StandardCharsets;

/** SHA-256 of a request's canonical form (records print their components in declaration order). */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(ApplicationRequest request) {
        return Sha256.hex(request.toString().getBytes(StandardCharsets.UTF_8));
    }
}
