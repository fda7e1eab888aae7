package cn.anju;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port with an in-memory H2 database (the file database may be
 * locked by a running app), demo users, the job executor and metrics export on. One context, shared by
 * every class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:anju-test;DB_CLOSE_DELAY=-1",
        "anju.demo-users=true",
        "anju.certificates.keystore=target/test-signing.p12",
        "anju.personal-data.key-file=target/test-personal-data.key",
        "anju.certificates.verifications-per-minute=100000",
        "anju.decision.sample-rate=0",
        // One shared database for the whole suite: the demo families upload far more than a real one may.
        "anju.documents.quota-files=1000000",
        "anju.documents.quota-bytes=100GB",
        // Notifications: mail to the in-process SMTP server of the notification tests (GreenMail, when it
        // runs; other tests' families give no email), SMS recorded, retries quick.
        "anju.notifications.email.enabled=true",
        "spring.mail.host=localhost",
        "spring.mail.port=" + AnjuSpringBootTest.SMTP_PORT,
        "anju.notifications.dispatch-interval=100ms",
        "anju.notifications.backoff=200ms",
        "anju.notifications.max-backoff=1s",
        "anju.notifications.max-attempts=100",
        "anju.test.record-sms=true"})
public @interface AnjuSpringBootTest {

    /** A fixed port for GreenMail, away from 3025 so that another build's GreenMail does not collide. */
    int SMTP_PORT = 39_025;
}
