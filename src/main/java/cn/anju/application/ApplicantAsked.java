package cn.anju.application;

import java.util.UUID;

/** The one-time notice listing every missing item was sent to the family. */
public record ApplicantAsked(UUID applicationId, UUID noticeId) {
}
