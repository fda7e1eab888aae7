package cn.anju.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The master key of personal data, and the two keys derived from it: one encrypts (AES-256-GCM), one hashes
 * for lookups (HMAC-SHA256), so that a lookup hash reveals nothing about the ciphertext's key.
 */
final class PersonalDataKey {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKey.class);
    private static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    final SecretKeySpec encryption;
    final SecretKeySpec lookup;

    private PersonalDataKey(byte[] master) throws GeneralSecurityException {
        if (master.length != KEY_BYTES) {
            throw new IllegalStateException("The personal-data key must be " + KEY_BYTES + " bytes (Base64)");
        }
        encryption = new SecretKeySpec(derive(master, "anju-seal-v1"), "AES");
        lookup = new SecretKeySpec(derive(master, "anju-lookup-v1"), "HmacSHA256");
    }

    static PersonalDataKey load(PersonalDataProperties properties) throws IOException, GeneralSecurityException {
        if (properties.key() != null && !properties.key().isBlank()) {
            return new PersonalDataKey(Base64.getDecoder().decode(properties.key().trim()));
        }
        Path file = properties.keyFile();
        if (file == null) {
            throw new IllegalStateException("Configure anju.personal-data.key or anju.personal-data.key-file");
        }
        if (!Files.exists(file)) {
            if (!properties.createDevelopmentKey()) {
                throw new IllegalStateException("No personal-data key at " + file
                        + ": configure anju.personal-data.key or key-file (docs/privacy.md)");
            }
            createDevelopmentKey(file);
        }
        return new PersonalDataKey(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim()));
    }

    private static void createDevelopmentKey(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        log.warn("Created a development personal-data key at {}. Production configures its own "
                + "(anju.personal-data.key) and never creates one.", file);
    }

    private static byte[] derive(byte[] master, String purpose) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(master, "HmacSHA256"));
        return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    }
}
