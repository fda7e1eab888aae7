package cn.anju.certificate;

import cn.anju.application.IssuedCertificate;
import cn.anju.security.CaseAccess;
import cn.anju.security.CaseNotFoundException;
import cn.anju.security.CurrentUser;
import cn.anju.web.ApiException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CertificateController {

    private final CertificateService certificates;
    private final CaseAccess access;

    CertificateController(CertificateService certificates, CaseAccess access) {
        this.certificates = certificates;
        this.access = access;
    }

    @GetMapping("/api/applications/{id}/certificates")
    List<IssuedCertificate> list(@PathVariable UUID id) {
        access.checkCanSee(CurrentUser.get(), id);
        return certificates.certificatesOf(id);
    }

    @GetMapping("/api/certificates/{code}.pdf")
    ResponseEntity<byte[]> download(@PathVariable String code) {
        var pdf = certificates.pdf(code)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "No certificate with this code"));
        try {
            access.checkCanSee(CurrentUser.get(), pdf.applicationId());
        } catch (CaseNotFoundException notYours) {
            throw new ApiException(HttpStatus.NOT_FOUND, "No certificate with this code");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("certificate-" + code + ".pdf").build().toString())
                .header(HttpHeaders.ETAG, "\"" + pdf.sha256() + "\"")
                .body(pdf.content());
    }
}
