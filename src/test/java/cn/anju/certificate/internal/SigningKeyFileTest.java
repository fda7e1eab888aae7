package cn.anju.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development signing key is a private key: no other account on the machine may read it. */
class SigningKeyFileTest {

    @BeforeAll
    static void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void aNewDevelopmentKeystoreIsReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("data/anju-signing.p12");
        new SigningKey(properties(keystore));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore))).isEqualTo("rw-------");
    }

    @Test
    void anExistingWorldReadableDevelopmentKeystoreIsTightenedAtStart(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("anju-signing.p12");
        new SigningKey(properties(keystore));
        Files.setPosixFilePermissions(keystore, PosixFilePermissions.fromString("rw-r--r--"));

        new SigningKey(properties(keystore));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore))).isEqualTo("rw-------");
    }

    private static CertificateProperties properties(Path keystore) {
        return new CertificateProperties(keystore, "test-only", "anju", true, "http://localhost", 30);
    }
}
