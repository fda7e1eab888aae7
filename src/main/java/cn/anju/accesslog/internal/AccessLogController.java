package cn.anju.accesslog.internal;

import cn.anju.accesslog.AccessRecord;
import cn.anju.accesslog.PersonalData;
import cn.anju.security.AnjuUser;
import cn.anju.security.CaseAccess;
import cn.anju.security.CaseNotFoundException;
import cn.anju.security.CurrentUser;
import cn.anju.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The log, read only: managers search and export it (SecurityConfig admits no one else to /api/access-log);
 * the family sees which office opened its case, by role and district, never by name.
 */
@RestController
class AccessLogController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AccessLogStore store;
    private final CaseAccess access;
    private final Clock clock;
    private final OfficeWords words;

    AccessLogController(AccessLogStore store, CaseAccess access, Clock clock, OfficeWords words) {
        this.words = words;
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    /** JSON, or the CSV export when the client asks for text/csv (as a spreadsheet's web query does). */
    @GetMapping("/api/access-log")
    ResponseEntity<?> search(@RequestParam(required = false) String applicationId,
                             @RequestParam(required = false) String user,
                             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        var records = store.search(AccessLogFilter.parse(applicationId, user, from, to, clock.getZone()));
        if (accept != null && accept.contains("text/csv")) {
            return csv(records);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(records);
    }

    @GetMapping("/api/access-log.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String applicationId,
                                  @RequestParam(required = false) String user,
                                  @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to) {
        return csv(store.search(AccessLogFilter.parse(applicationId, user, from, to, clock.getZone())));
    }

    private static ResponseEntity<byte[]> csv(List<AccessRecord> records) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("anju-access-log.csv").build().toString())
                .body(AccessLogCsv.render(records));
    }

    /** What the family sees of one record: the office (role and district, and both in words), when, what. */
    record OfficeRead(Instant occurredAt, String role, String district, PersonalData what, String office,
                      String whatText) {
    }

    @GetMapping("/api/applications/{id}/access-log")
    List<OfficeRead> ofApplication(@PathVariable UUID id, Locale locale) {
        AnjuUser user = CurrentUser.get();
        access.checkCanSee(user, id);
        if (user.isStaff() && !user.has(Role.MANAGER)) {
            // District staff do not watch one another through the family's view; managers have the full log.
            throw new CaseNotFoundException(id);
        }
        return store.ofApplication(id).stream().map(r -> new OfficeRead(r.occurredAt(), r.role(), r.district(),
                r.what(), words.office(r.role(), r.district(), locale), words.what(r.what(), locale))).toList();
    }
}
