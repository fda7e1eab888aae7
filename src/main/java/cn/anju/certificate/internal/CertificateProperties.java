package cn.anju.certificate.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * anju.certificates.*: the issuing authority's signing key (a PKCS#12 keystore), whether a
 * development key may be created when it is missing, and the public URL that QR codes point to.
 */
@ConfigurationProperties("anju.certificates")
public record CertificateProperties(Path keystore, String keystorePassword, String keyAlias,
                                    boolean createDevelopmentKey, String publicUrl, int verificationsPerMinute) {

    public String verifyUrl(String code) {
        return publicUrl.replaceAll("/+$", "") + "/verify/" + code;
    }
}
