package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The operation a path names, as JAX-RS resolves it, and the rule book read against it. */
class EngineOperationsTest {

    @Test
    void aLiteralSegmentWinsOverAParameter() throws IOException {
        Files.writeString(Path.of("target/engine-operations.txt"), String.join("\n",
                EngineOperationCatalog.operations().stream().sorted().map(Object::toString).toList()));
        assertThat(EngineOperationCatalog.operations()).hasSizeGreaterThan(400);
        assertThat(EngineOperationCatalog.templateOf("/process-definition/statistics")).hasValue("/process-definition/statistics");
        assertThat(EngineOperationCatalog.templateOf("/process-definition/abc")).hasValue("/process-definition/{}");
        assertThat(EngineOperationCatalog.templateOf("/process-definition/key/k/xml")).hasValue("/process-definition/key/{}/xml");
        assertThat(EngineOperationCatalog.templateOf("/task/t1/claim")).hasValue("/task/{}/claim");
        assertThat(EngineOperationCatalog.templateOf("/task/t1/no-such-thing")).isEmpty();
    }

    @Test
    void districtStaffGetTasklistAndManagersMore() {
        Set<Role> clerk = EnumSet.of(Role.CLERK);
        Set<Role> manager = EnumSet.of(Role.MANAGER);
        assertThat(EngineOperations.permits(clerk, "POST", "/task/t1/claim")).isTrue();
        assertThat(EngineOperations.permits(clerk, "GET", "/process-definition/p1")).isTrue();
        assertThat(EngineOperations.permits(clerk, "GET", "/process-definition/statistics")).isFalse();
        assertThat(EngineOperations.permits(clerk, "POST", "/task/t1/bpmnError")).isFalse();
        assertThat(EngineOperations.permits(manager, "GET", "/process-definition/statistics")).isTrue();
        assertThat(EngineOperations.permits(manager, "POST", "/deployment/create")).isFalse();
        assertThat(EngineOperations.permits(manager, "POST", "/identity/verify")).isFalse();
        assertThat(EngineOperations.permits(EnumSet.of(Role.APPLICANT), "GET", "/engine")).isFalse();
    }
}
