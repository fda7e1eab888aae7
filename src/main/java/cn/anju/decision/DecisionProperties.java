package cn.anju.decision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** anju.decision.days: the legal deadline, 15 days from acceptance; a city may extend it up to 30. */
@Validated
@ConfigurationProperties("anju.decision")
public record DecisionProperties(@Min(1) @Max(30) int days) {

    public int decisionDays() {
        return days;
    }
}
