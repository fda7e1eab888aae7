package cn.anju.certificate;

import cn.anju.web.ApiException;
import cn.anju.web.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Public verification, no login: GET /api/verify/{code} (JSON) and GET /verify/{code} (a page in
 * Chinese and English). A verifier sees the status and only the fields the document itself shows.
 */
@RestController
class VerificationController {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("reference", "编号 Reference"), Map.entry("district", "区 District"),
            Map.entry("residents", "登记居住人员 Registered residents"), Map.entry("validUntil", "有效期至 Valid until"),
            Map.entry("pupil", "学生 Pupil"), Map.entry("school", "学校 School"), Map.entry("grade", "年级 Grade"),
            Map.entry("schoolYear", "学年 School year"), Map.entry("child", "儿童 Child"),
            Map.entry("clinic", "社区卫生服务中心 Clinic"), Map.entry("registeredOn", "登记日期 Registered on"));

    private final CertificateService certificates;
    private final VerificationRateLimit rateLimit;

    VerificationController(CertificateService certificates, VerificationRateLimit rateLimit) {
        this.certificates = certificates;
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
                    CertificateService.normalise(code), "UNKNOWN", null, null, Map.of(), null, null, null));
        }
        return ResponseEntity.ok(answer(found));
    }

    @GetMapping(path = "/verify/{code}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String code, HttpServletRequest request) {
        limit(request);
        String normalised = CertificateService.normalise(code);
        if (!CertificateService.wellFormed(normalised)) {
            return html(HttpStatus.BAD_REQUEST, "核验码格式不正确 The code is not well formed",
                    "核验码为 12 位字母和数字，请对照证书重新输入。A code has 12 letters and digits: check it against the document.",
                    "");
        }
        var found = certificates.verify(normalised).orElse(null);
        if (found == null) {
            return html(HttpStatus.NOT_FOUND, "未找到该证书 Unknown certificate",
                    "没有以此核验码签发的证书。No certificate was issued with this code.", "");
        }
        StringBuilder rows = new StringBuilder("<dl>");
        rows.append(row("证书 Document", found.kind().chineseTitle() + " " + found.kind().englishTitle()));
        rows.append(row("签发时间 Issued", SHOWN.format(found.issuedAt())));
        found.fields().forEach((k, v) -> rows.append(row(LABELS.getOrDefault(k, k), v)));
        if (found.revokedAt() != null) {
            rows.append(row("撤销时间 Revoked", SHOWN.format(found.revokedAt())));
        }
        if (found.replacedBy() != null) {
            rows.append(row("新证书 Replaced by", found.replacedBy()));
        }
        rows.append("</dl>");
        return switch (found.status()) {
            case VALID -> html(HttpStatus.OK, "✓ 证书有效 Valid certificate",
                    "本证书由安居系统签发，内容如下。This document was issued by Anju and says:", rows.toString());
            case REVOKED -> html(HttpStatus.OK, "✗ 证书已撤销 Revoked certificate",
                    "本证书已被撤销，不再有效。This document has been revoked and is no longer valid.", rows.toString());
            case REPLACED -> html(HttpStatus.OK, "✗ 证书已被替换 Replaced certificate",
                    "本证书已由新证书替换，请核验新证书。This document was replaced: verify the new one.",
                    rows.toString());
        };
    }

    private CertificateService.Verification lookup(String code) {
        if (!CertificateService.wellFormed(code)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "A verification code has 12 letters and digits",
                    List.of(new FieldProblem("code", "must be 12 characters of 23456789ABCDEFGHJKMNPQRSTUVWXYZ")));
        }
        return certificates.verify(code).orElse(null);
    }

    private static VerificationAnswer answer(CertificateService.Verification v) {
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

    private static String row(String label, String value) {
        return "<dt>" + HtmlUtils.htmlEscape(label) + "</dt><dd>" + HtmlUtils.htmlEscape(value == null ? "" : value)
                + "</dd>";
    }

    private static ResponseEntity<String> html(HttpStatus status, String title, String lead, String body) {
        String page = """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · 安居 Anju</title>
                <link rel="stylesheet" href="/css/verify.css"></head>
                <body><h1 id="status">%s</h1><p>%s</p>%s
                <p><small>安居 Anju · 深圳市居住登记 Shenzhen residency registration</small></p></body></html>
                """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(lead), body);
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(page);
    }
}
