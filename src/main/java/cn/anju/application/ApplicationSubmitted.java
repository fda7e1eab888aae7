package cn.anju.application;

import java.util.UUID;

/** Announced in the submitting transaction: the application and its people are stored. */
public record ApplicationSubmitted(UUID applicationId, String reference, District district) {
}
