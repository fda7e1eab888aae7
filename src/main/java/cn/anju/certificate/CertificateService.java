package cn.anju.certificate;

import cn.anju.application.CertificateDirectory;
import cn.anju.application.IssuedCertificate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules ask of certificates: issue an approved application's documents, and list the
 * valid ones. Verification, revocation and reissue are served over HTTP from inside the module.
 */
public interface CertificateService extends CertificateDirectory {

    /**
     * The family's residence certificate and, per child, a school letter (when placed) and a clinic
     * card; each issued once, so a retried job finds them issued. The application's valid documents.
     */
    List<IssuedCertificate> issueAll(UUID applicationId);

    /**
     * A certificate's signed PDF as its owner downloads it, recorded in the case's timeline like any
     * download; empty for an unknown code. Access to the case is the caller's to check.
     */
    Optional<byte[]> download(String code, String downloadedBy);
}
