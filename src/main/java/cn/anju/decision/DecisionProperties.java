package cn.anju.decision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * anju.decision.days: the legal deadline, 15 days from acceptance (a city may extend it up to 30);
 * anju.decision.escalate-days-before: how long before it the supervisor is alerted, at the start of
 * that working day (anju.decision.escalate-at-hour, China time); anju.decision.sample-rate: the share of
 * applications the rules could decide alone that a clerk reviews anyway, for quality control.
 */
@Validated
@ConfigurationProperties("anju.decision")
public record DecisionProperties(@Min(1) @Max(30) int days, @Min(0) @Max(29) int escalateDaysBefore,
                                 @Min(0) @Max(23) int escalateAtHour,
                                 @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("1")
                                 double sampleRate) {

    public int decisionDays() {
        return days;
    }
}
