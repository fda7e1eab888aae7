package cn.anju.placement;

import cn.anju.application.ApplicationRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** What school-entry.dmn needs about a child: the birth date, and the school year a place is for. */
@Service
public class SchoolAge {

    private final ApplicationRepository applications;
    private final Clock clock;

    public SchoolAge(ApplicationRepository applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    public LocalDate birthDate(UUID childId) {
        return applications.birthDateOfChild(childId)
                .orElseThrow(() -> new IllegalArgumentException("No child " + childId));
    }

    /** The school year that is running, or about to start: from 1 September. */
    public int schoolYearStart() {
        LocalDate today = LocalDate.now(clock);
        return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    }
}
