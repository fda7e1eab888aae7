package cn.anju.application;

import java.util.UUID;

/** The family answered the one-time notice; the process, waiting for it, resumes. */
public record ApplicantResponded(UUID applicationId, String reference, long pausedDays) {
}
