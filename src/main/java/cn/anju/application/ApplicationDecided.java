package cn.anju.application;

import java.util.UUID;

/** The application was approved, rejected or withdrawn: what was held for it is kept or released. */
public record ApplicationDecided(UUID applicationId, ApplicationStatus status) {
}
