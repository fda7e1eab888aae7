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
        "anju.certificates.verifications-per-minute=100000",
        "anju.decision.sample-rate=0"})
public @interface AnjuSpringBootTest {
}
