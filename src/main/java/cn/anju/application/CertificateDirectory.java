package cn.anju.application;

import java.util.List;
import java.util.UUID;

/** Which certificates an application has; implemented where certificates are issued. */
public interface CertificateDirectory {

    List<IssuedCertificate> certificatesOf(UUID applicationId);
}
