package cn.anju.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The dispatcher runs on Spring's scheduler; nothing else in Anju is scheduled outside the engine. */
@Configuration
@EnableScheduling
class NotificationConfig {
}
