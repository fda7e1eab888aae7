package cn.anju;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a small test city (src/test/resources/placement-test): each placement
 * scenario has a district of its own with a few seats, so that tests share no seats. A database and
 * engine of its own; one context shared by the placement tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AnjuSpringBootTest
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:anju-placement-test;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=placementTest",
        "camunda.bpm.webapp.enabled=false",
        "anju.placement.districts=classpath:placement-test/districts.csv",
        "anju.placement.schools=classpath:placement-test/schools.csv",
        "anju.placement.catchments=classpath:placement-test/catchments.csv",
        "anju.placement.bus-routes=classpath:placement-test/bus-routes.csv",
        "anju.placement.clinics=classpath:placement-test/clinics.csv"})
public @interface PlacementTestCity {
}
