package cn.anju.intake;

import cn.anju.application.Sha256;
import java.nio.charset.StandardCharsets;

/** SHA-256 of a request's canonical form (records print their components in declaration order). */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    /** Contact fields came later (V7): a request without them hashes as before, so a retry across the upgrade is still a retry. */
    private static final String WITHOUT_CONTACT = ", email=null, language=null]";

    static String of(ApplicationRequest request) {
        String canonical = request.toString();
        if (canonical.endsWith(WITHOUT_CONTACT)) {
            canonical = canonical.substring(0, canonical.length() - WITHOUT_CONTACT.length()) + "]";
        }
        return Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8));
    }
}
