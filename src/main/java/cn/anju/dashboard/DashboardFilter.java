package cn.anju.dashboard;

import cn.anju.application.District;
import cn.anju.web.ApiException;
import cn.anju.web.FieldProblem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * What the manager looks at: one district or all (null), and the period of submission, both days
 * included, in the city's time zone.
 */
record DashboardFilter(District district, LocalDate from, LocalDate to, LocalDate today, ZoneId zone) {

    static final int DEFAULT_DAYS = 90;
    /** Anju's cases all fall between these; beyond them ISO dates reach the end of Java's calendar. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2999;

    /** Reads the query parameters; every bad one is named in one 400 answer. */
    static DashboardFilter parse(String district, String from, String to, LocalDate today, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        District d = null;
        if (district != null && !district.isBlank()) {
            d = District.parse(district).orElse(null);
            if (d == null) {
                problems.add(new FieldProblem("district", "must be a district of " + District.CITY));
            }
        }
        LocalDate f = date("from", from, problems);
        LocalDate t = date("to", to, problems);
        if (problems.isEmpty()) {
            t = t != null ? t : today;
            f = f != null ? f : t.minusDays(DEFAULT_DAYS - 1L);
            if (f.isAfter(t)) {
                problems.add(new FieldProblem("from", "must not be after to (" + t + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The dashboard filter has " + problems.size()
                    + " bad field(s)", problems);
        }
        return new DashboardFilter(d, f, t, today, zone);
    }

    /** The first instant of the period. */
    OffsetDateTime start() {
        return from.atStartOfDay(zone).toOffsetDateTime();
    }

    /** The first instant after the period: {@code to} is a whole day. */
    OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                problems.add(new FieldProblem(field, "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date such as 2026-11-28"));
            return null;
        }
    }
}
