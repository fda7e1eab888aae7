package cn.anju.application;

import java.util.UUID;

/** A child who already had a school or clinic was given another (an officer's override). */
public record ChildPlacementChanged(UUID applicationId, UUID childId) {
}
