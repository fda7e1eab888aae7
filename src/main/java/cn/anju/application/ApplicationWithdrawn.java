package cn.anju.application;

import java.util.UUID;

/** The application was withdrawn: what was issued for it no longer holds. */
public record ApplicationWithdrawn(UUID applicationId, String reason) {
}
