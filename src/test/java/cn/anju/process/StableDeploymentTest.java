package cn.anju.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Restarting the application on the same file database creates no new versions, whatever the
 * launcher; demo users appear on first start only when asked for.
 */
class StableDeploymentTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start(boolean demoUsers) {
        return new SpringApplicationBuilder(AnjuApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("anju") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--server.port=0",
                "--anju.certificates.keystore=" + data.resolve("signing.p12"),
                "--camunda.bpm.process-engine-name=restartTest",
                "--camunda.bpm.job-execution.enabled=false",
                "--anju.demo-users=" + demoUsers,
                "--spring.jmx.enabled=false",
                // The webapps keep JVM-wide state; a second instance would take over the shared test context's.
                "--camunda.bpm.webapp.enabled=false");
    }

    @Test
    void aRestartDeploysNothingNewAndDemoUsersAreOptIn() throws Exception {
        List<String> resourcesAtFirstStart;
        try (var first = start(false)) {
            var repository = first.getBean(RepositoryService.class);
            assertThat(first.getBean(IdentityService.class).createUserQuery().count()).isZero();
            assertThat(repository.createDeploymentQuery().count()).isOne();
            String deploymentId = repository.createDeploymentQuery().singleResult().getId();
            resourcesAtFirstStart = repository.getDeploymentResourceNames(deploymentId);
            assertThat(resourcesAtFirstStart).contains("processes/residency-application.bpmn",
                    "processes/child-placement.bpmn", "processes/eligibility.dmn", "forms/review-evidence.form",
                    "forms/decide-application.form", "processes/placement-follow-up.bpmn",
                    "forms/confirm-school-placement.form", "forms/confirm-clinic-registration.form",
                    "forms/catch-up-vaccination.form");
            // Deploying again in the same run (as a second launcher would) changes nothing either.
            first.getBean(ProcessDeployer.class).deploy();
            assertThat(repository.createDeploymentQuery().count()).isOne();
        }
        assertThat(Files.list(data)).isNotEmpty();

        try (var second = start(true)) {
            var repository = second.getBean(RepositoryService.class);
            assertThat(repository.createDeploymentQuery().count()).isOne();
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("ResidencyApplication").count())
                    .isOne();
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("ChildPlacement").count())
                    .isOne();
            assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("eligibility").count())
                    .isOne();
            assertThat(second.getBean(IdentityService.class).createUserQuery().list())
                    .extracting(u -> u.getId())
                    .containsExactlyInAnyOrder("family", "family2", "clerk", "clerk2", "supervisor", "education",
                            "health", "manager");
        }
    }
}
