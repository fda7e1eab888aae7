package cn.anju.application;

import java.util.UUID;

/** The family was reminded that its answer to the one-time notice is due soon. */
public record ApplicantReminded(UUID applicationId, UUID noticeId) {
}
