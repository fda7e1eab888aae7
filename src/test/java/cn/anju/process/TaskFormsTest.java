package cn.anju.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Clerks and officers work in Tasklist: every user task of every process has its Camunda Form, in
 * Chinese and English, with the reference and a link to the application and its documents, and the
 * decision it asks for marked required.
 */
class TaskFormsTest {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}");

    @Test
    void everyUserTaskHasABilingualFormWithTheReferenceAndItsLinks() throws Exception {
        List<String> formRefs = new ArrayList<>();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (File bpmn : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
            var tasks = factory.newDocumentBuilder().parse(bpmn).getElementsByTagNameNS(BPMN, "userTask");
            for (int i = 0; i < tasks.getLength(); i++) {
                Element task = (Element) tasks.item(i);
                String formRef = task.getAttributeNS(CAMUNDA, "formRef");
                assertThat(formRef).as(bpmn.getName() + " " + task.getAttribute("id") + " has a form").isNotBlank();
                assertThat(task.getAttributeNS(CAMUNDA, "candidateGroups")).as(task.getAttribute("id"))
                        .endsWith("-${district}");
                formRefs.add(formRef);
            }
        }
        assertThat(formRefs).hasSize(5);
        for (String formRef : formRefs) {
            JsonNode form = new ObjectMapper().readTree(new File("forms/" + formRef + ".form"));
            assertThat(form.get("id").asText()).isEqualTo(formRef);
            String heading = form.get("components").get(0).get("text").asText();
            assertThat(heading).as(formRef).contains("{{reference}}").contains("](/staff/applications/{{applicationId}})")
                    .doesNotContain("JSON");
            for (JsonNode component : form.get("components")) {
                String text = component.has("label") ? component.get("label").asText()
                        : component.path("text").asText();
                assertThat(CHINESE.matcher(text).find() && ENGLISH.matcher(text).find())
                        .as(formRef + ": " + text + " is in Chinese and English").isTrue();
                if ("radio".equals(component.path("type").asText())) {
                    assertThat(component.at("/validate/required").asBoolean()).as(formRef + " " + text).isTrue();
                    component.get("values").forEach(v -> assertThat(CHINESE.matcher(v.get("label").asText()).find()
                            && ENGLISH.matcher(v.get("label").asText()).find()).as(v.toString()).isTrue());
                }
            }
        }
    }

    @Test
    void theCatchUpFormOffersExactlyTheOutcomesTheListenerAccepts() throws Exception {
        JsonNode form = new ObjectMapper().readTree(new File("forms/catch-up-vaccination.form"));
        List<String> offered = new ArrayList<>();
        for (JsonNode component : form.get("components")) {
            if ("radio".equals(component.path("type").asText())) {
                component.get("values").forEach(v -> offered.add(v.get("value").asText()));
            }
        }
        assertThat(offered).containsExactlyInAnyOrderElementsOf(PlacementReviewed.VACCINATION_OUTCOMES);
    }
}
