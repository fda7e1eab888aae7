package cn.anju.placement.internal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * anju.placement: the city's reference files (README: "Reference data") and the transport rule. A
 * child walks to a school up to max-walking-distance-km away (lower-grades-max-walking-distance-km for
 * grades 1 to lower-grades-up-to); farther, it takes a school bus whose stop is at most
 * max-walk-to-stop-km from home, or else receives a transport subsidy.
 */
@Validated
@ConfigurationProperties("anju.placement")
public record PlacementProperties(
        @NotNull Resource districts,
        @NotNull Resource schools,
        @NotNull Resource catchments,
        @NotNull Resource busRoutes,
        @NotNull Resource clinics,
        @DecimalMin("0.1") double maxWalkingDistanceKm,
        @DecimalMin("0.1") double lowerGradesMaxWalkingDistanceKm,
        int lowerGradesUpTo,
        @DecimalMin("0.1") double maxWalkToStopKm) {

    public double maxWalkingDistanceKm(int grade) {
        return grade <= lowerGradesUpTo ? lowerGradesMaxWalkingDistanceKm : maxWalkingDistanceKm;
    }
}
