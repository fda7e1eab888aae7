package cn.anju;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
// Spring's scheduler: the notification dispatcher and the draft clean-up (the engine schedules its own jobs).
@EnableScheduling
// After-commit reactions of one module to another's event (@ApplicationModuleListener) run on their own threads.
@EnableAsync
public class AnjuApplication {

    /** Dates of the procedure (deadlines, ages, "today") are those of the city: China Standard Time. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) {
        SpringApplication.run(AnjuApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(CITY_ZONE);
    }
}
