package cn.anju.placement.internal;

import cn.anju.placement.SchoolAge;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** When a child's health checks and, without a vaccination certificate, its catch-up are due. */
@Component
class HealthChecks {

    /** Ages of the child health management schedule (DOMAIN.md): months 1-36, then yearly at 4, 5 and 6. */
    static final List<Integer> HEALTH_CHECK_MONTHS = List.of(1, 3, 6, 8, 12, 18, 24, 30, 36, 48, 60, 72);
    static final int CATCH_UP_DAYS = 30;

    private final SchoolAge schoolAge;
    private final Clock clock;

    HealthChecks(SchoolAge schoolAge, Clock clock) {
        this.schoolAge = schoolAge;
        this.clock = clock;
    }

    /** The checks not past yet, by age in months. */
    Map<Integer, LocalDate> due(LocalDate birthDate) {
        LocalDate today = LocalDate.now(clock);
        Map<Integer, LocalDate> due = new LinkedHashMap<>();
        for (int months : HEALTH_CHECK_MONTHS) {
            LocalDate date = birthDate.plusMonths(months);
            if (!date.isBefore(today)) {
                due.put(months, date);
            }
        }
        return due;
    }

    /** Within 30 days of the term's start, or of today when the term is already running. */
    LocalDate catchUpVaccinationDue() {
        LocalDate termStart = LocalDate.of(schoolAge.schoolYearStart(), 9, 1);
        LocalDate today = LocalDate.now(clock);
        return (termStart.isAfter(today) ? termStart : today).plusDays(CATCH_UP_DAYS);
    }
}
