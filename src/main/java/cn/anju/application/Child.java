package cn.anju.application;

import cn.anju.identity.Sex;
import java.time.LocalDate;
import java.util.UUID;

/** A child of the application and, once placed, the school and clinic it was given. */
public record Child(
        UUID id,
        String fullName,
        String residentId,
        Sex sex,
        LocalDate birthDate,
        boolean hasVaccinationCertificate,
        Placement placement) {

    /**
     * Where the child goes to school and to the doctor; null fields are not yet decided. schoolEntry
     * says why there is or is no school place (GRADE_n, UNDER_SCHOOL_AGE, SENIOR_SECONDARY); explanation
     * says, a line each, why this school and clinic (catchment, nearest free seat, waitlist position,
     * distance, transport, health checks).
     */
    public record Placement(String schoolName, Integer grade, String transport, String clinicName,
                            String schoolEntry, String explanation) {
        public static final Placement NONE = new Placement(null, null, null, null, null, null);

        public Placement(String schoolName, Integer grade, String transport, String clinicName) {
            this(schoolName, grade, transport, clinicName, null, null);
        }
    }
}
