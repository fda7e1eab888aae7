package cn.anju.accesslog.internal;

import cn.anju.web.ApiException;
import cn.anju.web.FieldProblem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** A manager's search of the access log: one case, one user, a period of whole days in the city's time zone. */
record AccessLogFilter(UUID applicationId, String user, OffsetDateTime start, OffsetDateTime end) {

    static AccessLogFilter parse(String applicationId, String user, String from, String to, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        UUID id = null;
        if (applicationId != null && !applicationId.isBlank()) {
            try {
                id = UUID.fromString(applicationId.trim());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("applicationId", "must be an application id"));
            }
        }
        String name = user == null || user.isBlank() ? null : user.trim();
        if (name != null && name.length() > 64) {
            problems.add(new FieldProblem("user", "must be a user name of at most 64 characters"));
        }
        LocalDate f = date("from", from, problems);
        LocalDate t = date("to", to, problems);
        if (f != null && t != null && f.isAfter(t)) {
            problems.add(new FieldProblem("from", "must not be after to (" + t + ")"));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The access-log search has " + problems.size()
                    + " bad field(s)", problems);
        }
        return new AccessLogFilter(id, name, f == null ? null : f.atStartOfDay(zone).toOffsetDateTime(),
                t == null ? null : t.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.getYear() < 2000 || date.getYear() > 2999) {
                problems.add(new FieldProblem(field, "must be a year from 2000 to 2999"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date such as 2026-11-28"));
            return null;
        }
    }
}
