package cn.anju.application;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

/**
 * Identity numbers and phone numbers as stored: AES-256-GCM with a random nonce ("v1:" + Base64 of nonce and
 * ciphertext), the column's name as associated data so that a value cannot be moved to another column; and a
 * keyed hash (HMAC-SHA256) of an identity number, by which a case or a child's file is found again.
 */
@Component
public class SealedColumns {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PersonalDataKey key;
    private final SecureRandom random = new SecureRandom();

    SealedColumns(PersonalDataProperties properties) throws IOException, GeneralSecurityException {
        this.key = PersonalDataKey.load(properties);
    }

    public String seal(String column, String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.encryption, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal " + column, e);
        }
    }

    public String open(String column, String sealed) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("Not a sealed value in " + column);
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.encryption, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // A wrong key or a changed value: never guess, never return garbage.
            throw new IllegalStateException("Cannot open a sealed value in " + column, e);
        }
    }

    /** The lookup hash of an identity number (upper case, so that x and X find the same person). */
    public String lookupHash(String residentId) {
        if (residentId == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.lookup);
            return HexFormat.of().formatHex(mac.doFinal(residentId.trim().toUpperCase(java.util.Locale.ROOT)
                    .getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot hash an identity number", e);
        }
    }
}
