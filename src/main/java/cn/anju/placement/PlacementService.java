package cn.anju.placement;

import cn.anju.application.CaseLog;
import cn.anju.application.Child;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Records the school and clinic that the education and health officers gave a child. */
@Service
public class PlacementService {

    private final CaseLog caseLog;

    public PlacementService(CaseLog caseLog) {
        this.caseLog = caseLog;
    }

    public void record(UUID childId, String schoolEntry, String school, Integer grade, String transport,
                       String clinic, String educationOfficer, String healthOfficer) {
        boolean schoolAge = schoolEntry == null || schoolEntry.startsWith("GRADE_");
        caseLog.childPlaced(childId, new Child.Placement(schoolAge ? blankToNull(school) : null,
                schoolAge ? grade : null, schoolAge ? blankToNull(transport) : null, blankToNull(clinic), schoolEntry),
                educationOfficer == null ? "system" : educationOfficer, healthOfficer);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
