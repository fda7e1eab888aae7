package cn.anju.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine holds ids, codes and flags, never the family's personal data: after a whole case (review,
 * placement, follow-up with a catch-up vaccination check, decision, certificates), no table of the
 * engine, runtime or history, text or bytes, contains a child's or parent's name, identity number,
 * birth date, phone or address.
 */
@AnjuSpringBootTest
class EnginePersonalDataTest {

    @Autowired TestRestTemplate rest;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;

    @Test
    void noPersonalDataInTheEnginesTables() {
        var cases = new CaseDriver(rest, tasks);
        JsonNode created = cases.submit("family", TestApplications.twoChildren()).getBody();
        String id = created.get("id").asText();
        String reference = created.get("reference").asText();
        cases.approve(id, reference);
        cases.work("health", cases.awaitTask(reference, ProcessIds.TASK_CATCH_UP_VACCINATION, "health-futian"),
                Map.of("vaccinationOutcome", "SCHEDULED"));
        cases.work("education", cases.awaitTask(reference, ProcessIds.TASK_CONFIRM_SCHOOL, "education-futian"),
                Map.of("schoolDecision", "CONFIRM"));

        List<String> personal = List.of("李建国", "李小明", "李小红", TestApplications.PARENT_ID, TestApplications.CHILD_1_ID,
                TestApplications.CHILD_2_ID, "2019-05-02", "2017-09-15", "1991-01-01", "13800138000", "莲花路 1001",
                "深圳电子厂");
        List<String> found = new ArrayList<>();
        List<String> control = new ArrayList<>();
        var columns = jdbc.sql("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = 'PUBLIC' and table_name like 'ACT\\_%' escape '\\'
                  and data_type in ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'BINARY LARGE OBJECT', 'BINARY VARYING')""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        assertThat(columns).as("the engine's tables were found").hasSizeGreaterThan(100);
        for (String[] c : columns) {
            String text = c[2].startsWith("BINARY") ? "utf8tostring(" + c[1] + ")" : c[1];
            if (jdbc.sql("select count(*) from " + c[0] + " where " + text + " like ?").param("%" + reference + "%")
                    .query(Long.class).single() > 0) {
                control.add(c[0] + "." + c[1]);
            }
            for (String value : personal) {
                long hits = jdbc.sql("select count(*) from " + c[0] + " where " + text + " like ?")
                        .param("%" + value + "%").query(Long.class).single();
                if (hits > 0) {
                    found.add(c[0] + "." + c[1] + " contains " + value);
                }
            }
        }
        assertThat(found).isEmpty();
        // The search does find what the engine holds: the reference, its business key.
        assertThat(control).contains("ACT_HI_PROCINST.BUSINESS_KEY_", "ACT_RU_EXECUTION.BUSINESS_KEY_");
    }
}
