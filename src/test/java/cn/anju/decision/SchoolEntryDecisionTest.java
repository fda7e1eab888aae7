package cn.anju.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/school-entry.dmn: grade from the age on 31 August of the school year. */
@Deployment(resources = "processes/school-entry.dmn")
class SchoolEntryDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-tests.camunda.cfg.xml").build();

    @ParameterizedTest(name = "born {0}, school year {1} -> {2}")
    @CsvSource({
            "2020-08-31, 2026, GRADE_1",          // six on the cutoff day itself
            "2020-09-01, 2026, UNDER_SCHOOL_AGE", // six a day too late: next year
            "2024-03-10, 2026, UNDER_SCHOOL_AGE",
            "2019-05-02, 2026, GRADE_2",
            "2017-09-15, 2026, GRADE_3",
            "2012-01-01, 2026, GRADE_9",
            "2011-09-01, 2026, GRADE_9",          // 14 on the cutoff
            "2010-06-01, 2026, SENIOR_SECONDARY"})
    void gradeFollowsTheAgeOnTheCutoffDate(String birthDate, int schoolYearStart, String entry) {
        String decided = engine.getProcessEngine().getDecisionService().evaluateDecisionTableByKey("schoolEntry",
                Map.of("birthDate", birthDate, "schoolYearStart", schoolYearStart)).getSingleEntry();
        assertThat(decided).isEqualTo(entry);
    }
}
