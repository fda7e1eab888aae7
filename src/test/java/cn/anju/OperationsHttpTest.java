package cn.anju;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What operators and first-time visitors reach without signing in: start page, docs, health, metrics. */
@AnjuSpringBootTest
class OperationsHttpTest {

    @LocalServerPort
    int port;
    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    @Test
    void theStartPageLinksToPortalTasklistAndApiDocs() {
        var page = http.get("/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("安居 Anju", "/camunda/app/tasklist/", "/swagger-ui.html", "/login");
    }

    @Test
    void theOpenApiDescriptionListsTheApplicationsApi() {
        var docs = http.get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"/api/applications\"", "\"/api/applications/{id}\"",
                "\"/api/applications/{id}/documents\"", "\"/api/certificates/{code}.pdf\"");
    }

    @Test
    void healthIsUp() {
        var health = http.get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusExposesApplicationsByStatusAndOpenTasksByKind() {
        var metrics = http.get("/actuator/prometheus", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("anju_applications{", "status=\"APPROVED\"", "status=\"IN_REVIEW\"",
                "anju_tasks_open{", "kind=\"Task_ReviewEvidence\"", "kind=\"Task_DecideApplication\"");
    }

    @Test
    void tasklistIsServedUnderCamunda() {
        var tasklist = http.get("/camunda/app/tasklist/default/", null);
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.body()).containsIgnoringCase("tasklist");
    }

    @Test
    void otherActuatorEndpointsAreNotPublic() {
        assertThat(http.get("/actuator/env", null).statusCode()).isIn(401, 404);
        assertThat(http.get("/actuator/beans", "family").statusCode()).isEqualTo(404);
    }
}
