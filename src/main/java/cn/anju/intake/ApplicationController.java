package cn.anju.intake;

import cn.anju.accesslog.PersonalData;
import cn.anju.accesslog.StaffReads;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.ApplicationSummaries;
import cn.anju.application.ApplicationSummary;
import cn.anju.application.CertificateDirectory;
import cn.anju.application.OpenRequests;
import cn.anju.application.Timeline;
import cn.anju.privacy.Consents;
import cn.anju.security.AnjuUser;
import cn.anju.security.CaseAccess;
import cn.anju.security.CaseNotFoundException;
import cn.anju.security.CurrentUser;
import cn.anju.security.Role;
import cn.anju.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/applications")
class ApplicationController {

    private final IntakeService intake;
    private final ApplicationRepository applications;
    private final ApplicationSummaries summaries;
    private final OpenRequests openRequests;
    private final Timeline timeline;
    private final CaseAccess access;
    private final CertificateDirectory certificates;
    private final Consents consents;
    private final StaffReads reads;

    ApplicationController(IntakeService intake, ApplicationRepository applications, ApplicationSummaries summaries,
                          OpenRequests openRequests, Timeline timeline, CaseAccess access,
                          CertificateDirectory certificates, Consents consents, StaffReads reads) {
        this.reads = reads;
        this.intake = intake;
        this.applications = applications;
        this.summaries = summaries;
        this.openRequests = openRequests;
        this.timeline = timeline;
        this.access = access;
        this.certificates = certificates;
        this.consents = consents;
    }

    record Created(UUID id, String reference, String status) {
    }

    /** A retry with the same Idempotency-Key answers 200 with the application the first call created. */
    @PostMapping
    ResponseEntity<Created> submit(
            @RequestHeader("Idempotency-Key")
            @Pattern(regexp = "[A-Za-z0-9_.:-]{8,100}", message = "{anju.application.idempotencyKey}")
            String idempotencyKey,
            @Valid @RequestBody ApplicationRequest request) {
        AnjuUser user = CurrentUser.get();
        if (!user.has(Role.APPLICANT)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Only applicants submit applications");
        }
        var submission = intake.submit(user, idempotencyKey, request);
        var body = new Created(submission.applicationId(), submission.reference(), submission.status().name());
        return ResponseEntity.status(submission.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/applications/" + submission.applicationId()))
                .body(body);
    }

    @GetMapping
    List<ApplicationSummary> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        AnjuUser user = CurrentUser.get();
        if (user.has(Role.MANAGER)) {
            return summaries.page(null, null, page, size);
        }
        if (user.isStaff()) {
            return user.district() == null ? List.of() : summaries.page(null, user.district(), page, size);
        }
        return summaries.page(user.accountId(), null, page, size);
    }

    @GetMapping("/{id}")
    ApplicationView get(@PathVariable UUID id, @RequestParam(required = false) String taskId) {
        access.checkCanSee(CurrentUser.get(), id);
        reads.record(id, PersonalData.APPLICATION, taskId);
        var application = applications.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
        return ApplicationView.of(application, applications.contactOf(id).orElseThrow(), openRequests.missingItems(id),
                certificates.certificatesOf(id), timeline.of(id), consents.of(id));
    }
}
