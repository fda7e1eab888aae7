package cn.anju.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A family's residency application with everyone and everything it names. */
public record Application(
        UUID id,
        String reference,
        UUID ownerAccount,
        String city,
        District district,
        LocalDate arrivalDate,
        String addressLine,
        District addressDistrict,
        ApplicationStatus status,
        Stage stage,
        LocalDate decisionDeadline,
        String decisionReasons,
        Instant submittedAt,
        Instant decidedAt,
        List<Applicant> applicants,
        List<Child> children,
        Housing housing) {

    public Application {
        applicants = List.copyOf(applicants);
        children = List.copyOf(children);
    }

}
