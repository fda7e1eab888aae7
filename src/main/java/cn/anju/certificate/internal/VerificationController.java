package cn.anju.certificate.internal;

import cn.anju.web.ApiException;
import cn.anju.web.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * Public verification, no login: GET /api/verify/{code} (JSON) and GET /verify/{code} (a page in
 * Chinese and English, templates/verify.html). A verifier sees the status and only the fields the
 * document itself shows.
 */
@RestController
class VerificationController {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Verifier verifier;
    private final VerificationRateLimit rateLimit;

    VerificationController(Verifier verifier, VerificationRateLimit rateLimit) {
        this.verifier = verifier;
        this.rateLimit = rateLimit;
    }

    record VerificationAnswer(String code, String status, String kind, String issuedAt, Map<String, String> fields,
                              String replacedBy, String revokedAt, String revocationReason) {
    }

    @GetMapping("/api/verify/{code}")
    ResponseEntity<VerificationAnswer> verify(@PathVariable String code, HttpServletRequest request) {
        limit(request);
        var found = lookup(code);
        if (found == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new VerificationAnswer(
                    CertificateCode.normalise(code), "UNKNOWN", null, null, Map.of(), null, null, null));
        }
        return ResponseEntity.ok(answer(found));
    }

    /** One line of what the document shows: a label's message key ("verify.field.school") and the value. */
    record Line(String label, String value) {
    }

    /** The page (templates/verify.html): its outcome names the heading and lead, then the lines. */
    @GetMapping(path = "/verify/{code}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(@PathVariable String code, HttpServletRequest request) {
        limit(request);
        String normalised = CertificateCode.normalise(code);
        if (!CertificateCode.wellFormed(normalised)) {
            return page(HttpStatus.BAD_REQUEST, "MALFORMED", List.of());
        }
        var found = verifier.verify(normalised).orElse(null);
        if (found == null) {
            return page(HttpStatus.NOT_FOUND, "UNKNOWN", List.of());
        }
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("verify.document", found.kind().chineseTitle() + " " + found.kind().englishTitle()));
        lines.add(new Line("verify.issued", SHOWN.format(found.issuedAt())));
        found.fields().forEach((k, v) -> lines.add(new Line("verify.field." + k, v == null ? "" : v)));
        if (found.revokedAt() != null) {
            lines.add(new Line("verify.revoked", SHOWN.format(found.revokedAt())));
        }
        if (found.replacedBy() != null) {
            lines.add(new Line("verify.replacedBy", found.replacedBy()));
        }
        return page(HttpStatus.OK, found.status().name(), lines);
    }

    private static ModelAndView page(HttpStatus status, String outcome, List<Line> lines) {
        return new ModelAndView("verify", Map.of("outcome", outcome, "lines", lines), status);
    }

    private Verification lookup(String code) {
        if (!CertificateCode.wellFormed(code)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "A verification code has 12 letters and digits",
                    List.of(new FieldProblem("code", "must be 12 characters of 23456789ABCDEFGHJKMNPQRSTUVWXYZ")));
        }
        return verifier.verify(code).orElse(null);
    }

    private static VerificationAnswer answer(Verification v) {
        return new VerificationAnswer(v.code(), v.status().name(), v.kind().name(), v.issuedAt().toString(),
                v.fields(), v.replacedBy(), v.revokedAt() == null ? null : v.revokedAt().toString(),
                v.revocationReason());
    }

    private void limit(HttpServletRequest request) {
        long wait = rateLimit.tryAcquire(request.getRemoteAddr());
        if (wait > 0) {
            throw new TooManyVerifications(wait);
        }
    }

    /** 429 with Retry-After. */
    static class TooManyVerifications extends ApiException {
        final long retryAfterSeconds;

        TooManyVerifications(long retryAfterSeconds) {
            super(HttpStatus.TOO_MANY_REQUESTS, "Too many verifications from this address: try again in "
                    + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(TooManyVerifications.class)
    ResponseEntity<Map<String, Object>> tooMany(TooManyVerifications e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Map.of("title", "Too Many Requests", "status", 429, "detail", e.getMessage()));
    }
}
