package cn.anju.certificate.internal;

import cn.anju.accesslog.PersonalData;
import cn.anju.accesslog.StaffReads;
import cn.anju.application.IssuedCertificate;
import cn.anju.certificate.CertificateService;
import cn.anju.security.AnjuUser;
import cn.anju.security.CaseAccess;
import cn.anju.security.CaseNotFoundException;
import cn.anju.security.CurrentUser;
import cn.anju.security.Role;
import cn.anju.web.ApiException;
import cn.anju.web.FieldProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CertificateController {

    private final CertificateService certificates;
    private final Verifier verifier;
    private final Revocations revocations;
    private final CaseAccess access;
    private final StaffReads reads;

    CertificateController(CertificateService certificates, Verifier verifier, Revocations revocations,
                          CaseAccess access, StaffReads reads) {
        this.reads = reads;
        this.certificates = certificates;
        this.verifier = verifier;
        this.revocations = revocations;
        this.access = access;
    }

    @GetMapping("/api/applications/{id}/certificates")
    List<IssuedCertificate> list(@PathVariable UUID id, @RequestParam(required = false) String taskId) {
        access.checkCanSee(CurrentUser.get(), id);
        reads.record(id, PersonalData.CERTIFICATE_LIST, taskId);
        return certificates.certificatesOf(id);
    }

    /** Served from storage as issued and signed, never re-rendered. */
    @GetMapping("/api/certificates/{code}.pdf")
    ResponseEntity<byte[]> download(@PathVariable String code, @RequestParam(required = false) String taskId) {
        var user = CurrentUser.get();
        var pdf = verifier.pdf(code).orElseThrow(CertificateNotFound::new);
        seeOrNotFound(user, pdf.applicationId());
        reads.record(user, pdf.applicationId(), PersonalData.CERTIFICATE, taskId);
        verifier.downloaded(pdf, user.username());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("certificate-" + pdf.code() + ".pdf").build().toString())
                .header(HttpHeaders.ETAG, "\"" + pdf.sha256() + "\"")
                // Should a browser show it anyway: no origin, cookies or session for whatever the PDF holds.
                .header("Content-Security-Policy", "sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf.content());
    }

    record Revocation(@NotBlank @Size(max = 500) String reason) {
    }

    /** Supervisors of the case's district (and managers) revoke, with a reason. */
    @PostMapping("/api/certificates/{code}/revocation")
    Verification revoke(@PathVariable String code, @Valid @RequestBody Revocation revocation) {
        AnjuUser user = supervisorOf(code);
        return revocations.revoke(code, revocation.reason().trim(), user.username());
    }

    @PostMapping("/api/certificates/{code}/reissue")
    ResponseEntity<IssuedCertificate> reissue(@PathVariable String code) {
        AnjuUser user = supervisorOf(code);
        return ResponseEntity.status(HttpStatus.CREATED).body(revocations.reissue(code, user.username()));
    }

    private AnjuUser supervisorOf(String code) {
        AnjuUser user = CurrentUser.get();
        UUID applicationId = verifier.applicationOf(code).orElseThrow(CertificateNotFound::new);
        seeOrNotFound(user, applicationId);
        if (!user.has(Role.SUPERVISOR) && !user.has(Role.MANAGER)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Only a supervisor revokes or reissues certificates",
                    List.of(new FieldProblem("role", "must be supervisor or manager")));
        }
        return user;
    }

    private void seeOrNotFound(AnjuUser user, UUID applicationId) {
        try {
            access.checkCanSee(user, applicationId);
        } catch (CaseNotFoundException notYours) {
            throw new CertificateNotFound();
        }
    }
}
