package cn.anju.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.TestApplications;
import cn.anju.TestFiles;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A family's file opened by staff comes from the portal's own origin: it is saved, not shown, and a
 * browser that shows it anyway runs it sandboxed (no origin, no session), whatever its content claims.
 */
@AnjuSpringBootTest
class DocumentDownloadHttpTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService tasks;

    @Test
    void aDocumentIsAnAttachmentInASandbox() throws Exception {
        String id = new CaseDriver(rest, tasks).submit("family", TestApplications.twoChildren()).getBody().get("id").asText();
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("kind", "LEASE_CONTRACT");
        body.add("file", new ByteArrayResource(TestFiles.pdf(1, null)) {
            @Override
            public String getFilename() {
                return "租赁合同 lease.pdf";
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var stored = rest.withBasicAuth("family", "family").exchange("/api/applications/" + id + "/documents",
                HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        assertThat(stored.getStatusCode().value()).isEqualTo(201);

        var file = rest.withBasicAuth("clerk", "clerk").getForEntity(stored.getHeaders().getLocation().toString(), byte[].class);

        assertThat(file.getStatusCode().value()).isEqualTo(200);
        assertThat(file.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
        assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("租赁合同 lease.pdf");
        assertThat(file.getHeaders().getFirst("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(file.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
