package cn.anju.certificate.internal;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/** About 59 bits from a 31-letter alphabet without look-alikes (no I, L, O, 0, 1): not guessable, not an id. */
final class CertificateCode {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 12;
    private static final Pattern WELL_FORMED = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Codes are read out and typed: accept lower case and surrounding spaces. */
    static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase();
    }

    static boolean wellFormed(String code) {
        return WELL_FORMED.matcher(normalise(code)).matches();
    }
}
