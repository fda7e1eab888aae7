package cn.anju.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The forms of forms/*.form as the engine's completion check reads them, and the command field reader. */
class TaskFormSchemaTest {

    @Test
    void theReviewFormTakesItsThreeFieldsOnly() throws IOException {
        TaskFormSchema review = form("review-evidence");
        assertThat(review.keys()).containsExactlyInAnyOrder("missingItems", "evidenceAccepted", "reviewNote");
        assertThat(review.problem(Map.of("evidenceAccepted", true, "reviewNote", "ok", "missingItems", ""))).isEmpty();
        assertThat(review.problem(Map.of())).isEmpty();
        assertThat(review.problem(Map.of("escalateAt", "2099-01-01"))).hasValueSatisfying(p -> p.startsWith("escalateAt"));
        assertThat(review.problem(Map.of("evidenceAccepted", "yes"))).isPresent();
        assertThat(review.problem(Map.of("reviewNote", "x".repeat(2001)))).isPresent();
        assertThat(review.problem(Map.of("reviewNote", "x".repeat(2000)))).isEmpty();
        assertThat(review.problem(Map.of("reviewNote", 5))).isPresent();
        Map<String, Object> untouched = new HashMap<>();
        untouched.put("reviewNote", null);
        assertThat(review.problem(untouched)).isEmpty();
        assertThat(review.problem(Map.of("reviewNote", Variables.stringValue("typed")))).isEmpty();
        assertThat(review.problem(Map.of("reviewNote", Variables.objectValue("x").create()))).isPresent();
    }

    @Test
    void choicesNumbersAndRequiredFields() throws IOException {
        TaskFormSchema school = form("confirm-school-placement");
        assertThat(school.problem(Map.of("schoolDecision", "CONFIRM"))).isEmpty();
        assertThat(school.problem(Map.of("schoolDecision", "MAYBE"))).isPresent();
        assertThat(school.problem(Map.of("schoolOverride", "FT-P02"))).hasValue("schoolDecision: is required");
        assertThat(school.problem(Map.of("schoolDecision", "OVERRIDE", "schoolOverrideGrade", 9))).isEmpty();
        assertThat(school.problem(Map.of("schoolDecision", "OVERRIDE", "schoolOverrideGrade", 10))).isPresent();
        assertThat(school.problem(Map.of("schoolDecision", "OVERRIDE", "schoolOverrideGrade", "3"))).isPresent();
        assertThat(school.problem(Map.of("schoolDecision", "OVERRIDE", "schoolOverride", "X".repeat(17)))).isPresent();
        assertThat(TaskFormSchema.NONE.problem(Map.of("anything", 1))).isPresent();
        assertThat(TaskFormSchema.NONE.problem(Map.of())).isEmpty();
    }

    @Test
    void commandFieldsAreReadUpTheClassHierarchy() {
        var claim = new ClaimTaskCmd("task-1", null);
        assertThat(CommandFields.has(claim, "userId")).isTrue();
        assertThat(CommandFields.read(claim, "userId", String.class)).isEmpty();
        assertThat(CommandFields.read(claim, "taskId", String.class)).hasValue("task-1");
        assertThat(CommandFields.has(claim, "noSuchField")).isFalse();
        var resolve = new ResolveTaskCmd("task-2", Map.of("a", 1));
        assertThat(CommandFields.read(resolve, "variables", Map.class)).hasValue(Map.of("a", 1));
        assertThat(CommandFields.read(resolve, "taskId", Integer.class)).isEmpty();
    }

    private static TaskFormSchema form(String name) throws IOException {
        return TaskFormSchema.parse(Files.readAllBytes(Path.of("forms", name + ".form")));
    }
}
