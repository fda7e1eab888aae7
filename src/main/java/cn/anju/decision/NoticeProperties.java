package cn.anju.decision;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** anju.notice.*: how long the family has to answer the one-time notice, and when it is reminded. */
@ConfigurationProperties("anju.notice")
public record NoticeProperties(Duration responsePeriod, Duration reminderBefore) {
}
