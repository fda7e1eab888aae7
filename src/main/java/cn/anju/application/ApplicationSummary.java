package cn.anju.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of a list of applications: enough to find one, without its people. */
public record ApplicationSummary(UUID id, String reference, ApplicationStatus status, Stage stage, District district,
                                 LocalDate decisionDeadline, Instant submittedAt) {
}
