package cn.anju.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuApplication;
import cn.anju.CaseDriver;
import cn.anju.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Anyone may sign up, and every accepted file stays in the database: an account's uploads end at its
 * quota. Its own small application with a small quota (the shared test context's demo families upload
 * far more over a whole build), the webapps off as in ProductionCookiesTest.
 */
class UploadQuotaHttpTest {

    private static ConfigurableApplicationContext app;
    private static TestRestTemplate rest;
    private static CaseDriver cases;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(AnjuApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:upload-quota;DB_CLOSE_DELAY=-1", "--server.port=0",
                "--spring.jmx.enabled=false", "--camunda.bpm.process-engine-name=uploadQuota",
                "--camunda.bpm.webapp.enabled=false", "--camunda.bpm.job-execution.enabled=false",
                "--anju.certificates.keystore=target/upload-quota-signing.p12",
                "--anju.documents.quota-files=3", "--anju.documents.quota-bytes=100KB");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        rest = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
        cases = new CaseDriver(rest, app.getBean(TaskService.class));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void beyondItsFilesAnAccountIsAnswered429AndNothingIsStored() throws Exception {
        String id = cases.submit("family", TestApplications.twoChildren()).getBody().get("id").asText();
        for (int i = 0; i < 3; i++) {
            assertThat(upload("family", id, png(8, i)).getStatusCode().value()).isEqualTo(201);
        }

        var refused = upload("family", id, png(8, 99));

        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(documents("family", id)).hasSize(3);
        // Staff adding a paper the family brought to the office are not held to the family's quota.
        assertThat(upload("clerk", id, png(8, 100)).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void beyondItsBytesAnAccountIsAnswered413AndNothingIsStored() throws Exception {
        String id = cases.submit("family2", TestApplications.twoChildren()).getBody().get("id").asText();
        byte[] sixtyKilobytes = png(150, 1);
        assertThat(sixtyKilobytes.length).isBetween(55_000, 100_000);
        assertThat(upload("family2", id, sixtyKilobytes).getStatusCode().value()).isEqualTo(201);

        var refused = upload("family2", id, png(150, 2));

        assertThat(refused.getStatusCode().value()).isEqualTo(413);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(documents("family2", id)).hasSize(1);
    }

    /** Noise compresses to nothing: a side of 150 pixels is about 67 KB. */
    private static byte[] png(int side, long seed) throws Exception {
        var image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        var random = new Random(seed);
        for (int x = 0; x < side; x++) {
            for (int y = 0; y < side; y++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static JsonNode documents(String user, String id) {
        return rest.withBasicAuth(user, user).getForObject("/api/applications/" + id + "/documents", JsonNode.class);
    }

    private static ResponseEntity<String> upload(String user, String id, byte[] content) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("kind", "LEASE_CONTRACT");
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "lease.png";
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, user).exchange("/api/applications/" + id + "/documents", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }
}
