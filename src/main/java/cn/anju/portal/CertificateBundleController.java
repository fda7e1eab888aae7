package cn.anju.portal;

import cn.anju.application.Application;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.Child;
import cn.anju.application.FamilyLanguage;
import cn.anju.application.IssuedCertificate;
import cn.anju.certificate.CertificateService;
import cn.anju.security.AnjuUser;
import cn.anju.security.CaseAccess;
import cn.anju.security.CaseNotFoundException;
import cn.anju.security.CurrentUser;
import cn.anju.web.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * All of a case's certificates in one zip, each file named by what it is and whose it is in the page's
 * language ("李小明-入学通知书-2WVRREN69Q8E.pdf"): a family on a phone saves one file, not five.
 */
@RestController
class CertificateBundleController {

    private final CertificateService certificates;
    private final ApplicationRepository applications;
    private final CaseAccess access;
    private final MessageSource messages;

    CertificateBundleController(CertificateService certificates, ApplicationRepository applications,
                                CaseAccess access, MessageSource messages) {
        this.certificates = certificates;
        this.applications = applications;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/api/applications/{id}/certificates.zip")
    ResponseEntity<byte[]> all(@PathVariable UUID id, Locale locale) {
        AnjuUser user = CurrentUser.get();
        access.checkCanSee(user, id);
        Application application = applications.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
        List<IssuedCertificate> issued = certificates.certificatesOf(id);
        if (issued.isEmpty()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "No certificates issued yet");
        }
        Locale language = FamilyLanguage.of(locale).locale();
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            for (IssuedCertificate certificate : issued) {
                byte[] pdf = certificates.download(certificate.code(), user.username()).orElse(null);
                if (pdf != null) {
                    out.putNextEntry(new ZipEntry(fileName(certificate, application, language)));
                    out.write(pdf);
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificates-" + application.reference() + ".zip").build().toString())
                .body(zip.toByteArray());
    }

    private String fileName(IssuedCertificate certificate, Application application, Locale locale) {
        String kind = messages.getMessage("js.certificate." + certificate.kind(), null, certificate.kind(), locale);
        String child = application.children().stream().filter(c -> c.id().equals(certificate.childId()))
                .map(Child::fullName).findFirst().map(name -> name + "-").orElse("");
        return (child + kind + "-" + certificate.code()).replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".pdf";
    }
}
