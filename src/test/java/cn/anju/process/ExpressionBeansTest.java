package cn.anju.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anju.AnjuSpringBootTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every ${bean} of every BPMN resolves, and no other Spring bean can be reached from an expression. */
@AnjuSpringBootTest
class ExpressionBeansTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void everyBeanNamedByTheModelsExists() throws Exception {
        var names = new java.util.TreeSet<String>();
        var pattern = java.util.regex.Pattern.compile("\\$\\{([a-zA-Z]+)[.}]");
        for (String file : new String[] {"processes/residency-application.bpmn", "processes/child-placement.bpmn",
                "processes/placement-follow-up.bpmn"}) {
            try (var in = getClass().getClassLoader().getResourceAsStream(file)) {
                var matcher = pattern.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        names.removeAll(java.util.Set.of("district", "decisionDeadline", "escalateAt", "noticeRemindAt",
                "noticeRespondBy", "itemsMissing", "schoolEntry", "evidenceConfirmed", "sampledForReview", "decidedAutomatically", "eligibilityReason", "evidenceAccepted",
                "approved", "execution", "transportNeeded", "catchUpVaccination", "catchUpDue", "true"));
        assertThat(ExpressionBeans.NAMES).containsAll(names);
        ExpressionBeans.NAMES.forEach(name -> assertThat(context.containsBean(name)).as(name).isTrue());
    }

    @Test
    void aDeployedModelCannotReachOtherSpringBeans() {
        var probe = Bpmn.createExecutableProcess("ExpressionProbe").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Task_Probe").camundaExpression("${jdbcClient.toString()}").endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("probe.bpmn", probe).deploy();

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("ExpressionProbe"))
                .hasMessageContaining("jdbcClient");
        assertThat(context.containsBean("jdbcClient")).isTrue();
    }
}
