package cn.anju.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A retry with the same Idempotency-Key, even many at once, creates one application and one process. */
@AnjuSpringBootTest
class IdempotencyHttpTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    ResponseEntity<JsonNode> submit(String user, Map<String, Object> body, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return rest.withBasicAuth(user, user).exchange("/api/applications", HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class);
    }

    long storedWithKey(String key) {
        return jdbc.sql("select count(*) from idempotency_key where idem_key = ?").param(key).query(Long.class).single();
    }

    long processesOf(String reference) {
        return jdbc.sql("select count(*) from act_hi_procinst where business_key_ = ? and proc_def_key_ = ?")
                .params(reference, "ResidencyApplication").query(Long.class).single();
    }

    @Test
    void aRetryReturnsTheSameApplicationWith200() {
        String key = UUID.randomUUID().toString();
        var first = submit("family", TestApplications.twoChildren(), key);
        var retry = submit("family", TestApplications.twoChildren(), key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(processesOf(first.getBody().get("reference").asText())).isOne();
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        submit("family", TestApplications.twoChildren(), key);
        var changed = TestApplications.twoChildren();
        changed.put("arrivalDate", "2026-11-21");

        var response = submit("family", changed, key);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("detail").asText()).contains("already used");
    }

    @Test
    void keysBelongToTheirUser() {
        String key = UUID.randomUUID().toString();
        var mine = submit("family", TestApplications.twoChildren(), key);
        var theirs = submit("family2", TestApplications.twoChildren(), key);
        assertThat(theirs.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(theirs.getBody().get("id")).isNotEqualTo(mine.getBody().get("id"));
    }

    @Test
    void concurrentRetriesCreateExactlyOneApplication() throws Exception {
        String key = UUID.randomUUID().toString();
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Callable<ResponseEntity<JsonNode>> call = () -> {
                start.await();
                return submit("family", TestApplications.twoChildren(), key);
            };
            answers.add(pool.submit(call));
        }
        start.countDown();
        List<ResponseEntity<JsonNode>> responses = new ArrayList<>();
        for (var answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        assertThat(responses).allSatisfy(r -> assertThat(r.getStatusCode().value()).isIn(200, 201));
        assertThat(responses).filteredOn(r -> r.getStatusCode() == HttpStatus.CREATED).hasSize(1);
        assertThat(responses.stream().map(r -> r.getBody().get("id").asText()).distinct()).hasSize(1);
        assertThat(storedWithKey(key)).isOne();
        assertThat(processesOf(responses.get(0).getBody().get("reference").asText())).isOne();
    }
}
