package cn.anju.certificate.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The issuing authority's key and certificate, from the configured PKCS#12 keystore. On a fresh
 * development machine (anju.certificates.create-development-key=true) a self-signed key is created
 * on first start; production configures a real one and never creates keys.
 */
@Component
class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private final PrivateKey privateKey;
    private final Certificate[] chain;

    SigningKey(CertificateProperties properties) throws IOException, GeneralSecurityException {
        char[] password = properties.keystorePassword().toCharArray();
        if (!Files.exists(properties.keystore())) {
            if (!properties.createDevelopmentKey()) {
                throw new IllegalStateException("No signing keystore at " + properties.keystore()
                        + ": configure anju.certificates.keystore (see README)");
            }
            createDevelopmentKeystore(properties, password);
        } else if (properties.createDevelopmentKey()) {
            ownerOnly(properties.keystore()); // a key created by an older version, readable by everyone
        }
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(properties.keystore())) {
            keystore.load(in, password);
        }
        this.privateKey = (PrivateKey) keystore.getKey(properties.keyAlias(), password);
        this.chain = keystore.getCertificateChain(properties.keyAlias());
        if (privateKey == null || chain == null || chain.length == 0) {
            throw new IllegalStateException("The keystore " + properties.keystore() + " has no key named "
                    + properties.keyAlias());
        }
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    Certificate[] chain() {
        return chain.clone();
    }

    X509Certificate certificate() {
        return (X509Certificate) chain[0];
    }

    private static void createDevelopmentKeystore(CertificateProperties properties, char[] password)
            throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072, new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=Anju development signing key (NOT FOR PRODUCTION), O=Anju, C=CN");
        Instant now = Instant.now();
        try {
            var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), subject,
                    pair.getPublic());
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            var certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore keystore = KeyStore.getInstance("PKCS12");
            keystore.load(null, null);
            keystore.setKeyEntry(properties.keyAlias(), pair.getPrivate(), password, new Certificate[] {certificate});
            if (properties.keystore().getParent() != null) {
                Files.createDirectories(properties.keystore().getParent());
            }
            // Owner-only from the first byte: the key signs certificates that verify as the authority's.
            createOwnerOnly(properties.keystore());
            try (OutputStream out = Files.newOutputStream(properties.keystore())) {
                keystore.store(out, password);
            }
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
        log.warn("Created a self-signed DEVELOPMENT signing key in {}: configure a real one for production",
                properties.keystore());
    }

    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void createOwnerOnly(Path file) throws IOException {
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
    }

    private static void ownerOnly(Path file) {
        if (!posix()) {
            return;
        }
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                log.warn("Made the development signing key {} readable by its owner only", file);
            }
        } catch (IOException | SecurityException e) {
            log.warn("Could not make the signing key {} readable by its owner only: {}", file, e.toString());
        }
    }
}
