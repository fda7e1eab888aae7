package cn.anju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.application.ApplicationRepository;
import cn.anju.process.ProcessIds;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import cn.anju.TestApplications;
import cn.anju.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole journey in a real browser: a family signs up, applies with two children (resuming its
 * draft on a phone), uploads its lease; a clerk reviews in Tasklist; a supervisor approves; the
 * family downloads its certificates; the manager's dashboard counts the case, and Cockpit and Admin
 * work for the manager behind the engine gateway.
 */
@AnjuSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResidencyJourneyBrowserTest {

    static final String FAMILY = "browserfamily";
    static final String EMAIL = "li.family@example.cn";

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(
            new ServerSetup(AnjuSpringBootTest.SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);
    static final String PASSWORD = "lianhua-road-1001";

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    ApplicationRepository applications;
    Browser family;
    String applicationPath;
    Map<String, Integer> before;

    @BeforeAll
    void openBrowser() {
        family = Browser.laptop(port);
    }

    @AfterAll
    void closeBrowser() {
        family.close();
    }

    @Test
    @Order(0)
    void theManagerNotesTheDashboardsCounts() {
        try (Browser manager = Browser.laptop(port)) {
            before = dashboardCounts(manager);
        }
    }

    @Test
    @Order(0)
    void theStartPageLeadsFamiliesAndStaffOnAnyScreen() {
        family.open("/");
        assertThat(family.find(By.id("apply")).getText()).isEqualTo("立即申请");
        family.screenshot("00-start");
        try (Browser phone = Browser.phone(port)) {
            phone.open("/?lang=en");
            assertThat(phone.find(By.id("apply")).getText()).isEqualTo("Apply now");
            phone.screenshot("00-start-phone");
        }
    }

    @Test
    @Order(1)
    void aFamilySignsUpWithFieldErrorsFirst() {
        family.open("/signup");
        family.type(By.id("username"), FAMILY);
        family.type(By.id("password"), PASSWORD);
        family.type(By.id("confirmPassword"), PASSWORD + "x");
        family.click(By.id("create-account"));
        assertThat(family.find(By.cssSelector("[data-for=confirmPassword]")).getText()).isEqualTo("两次输入的密码不一致");
        family.screenshot("01-signup-error");

        family.type(By.id("password"), PASSWORD);
        family.type(By.id("confirmPassword"), PASSWORD);
        family.click(By.id("create-account"));
        assertThat(family.find(By.id("registered")).getText()).contains(FAMILY);

        family.signIn(FAMILY, PASSWORD);
        family.until(ExpectedConditions.urlContains("/portal"));
        assertThat(family.find(By.id("signed-in-as")).getText()).isEqualTo(FAMILY);
    }

    @Test
    @Order(2)
    void theDraftFollowsTheFamilyToItsPhone() {
        family.click(By.id("new-application"));
        family.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        fillParent();
        family.until(ExpectedConditions.attributeToBe(By.id("draft-state"), "data-saved", "true"));
        family.screenshot("02-apply-family");

        try (Browser phone = Browser.phone(port)) {
            phone.signIn(FAMILY, PASSWORD);
            phone.open("/portal/apply");
            phone.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            assertThat(phone.find(By.id(fieldId("applicants[0].fullName"))).getDomProperty("value")).isEqualTo("李建国");
            assertThat(phone.find(By.id(fieldId("applicants[0].residentId"))).getDomProperty("value"))
                    .isEqualTo(TestApplications.PARENT_ID);
            phone.screenshot("03-apply-resumed-on-phone");

            phone.click(By.id("lang-en"));
            phone.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            assertThat(phone.find(By.tagName("h1")).getText()).isEqualTo("Apply for residency with your children");
            assertThat(phone.find(By.cssSelector("label[for='" + fieldId("applicants[0].fullName") + "']")).getText())
                    .isEqualTo("Full name");
            assertThat(phone.find(By.id(fieldId("applicants[0].fullName"))).getDomProperty("value")).isEqualTo("李建国");
        }
    }

    @Test
    @Order(3)
    void theFamilyAppliesWithTwoChildrenAndSeesErrorsNextToTheField() throws Exception {
        family.click(By.id("next"));
        fillChild(0, "李小明", TestApplications.CHILD_1_ID, "M", "2019-05-02", true);
        family.click(By.id("add-child"));
        fillChild(1, "李小红", "440304201709150029", "F", "2017-09-15", false);   // a wrong check digit
        family.click(By.id("next"));
        select("district", "Futian");
        family.setValue(By.id(fieldId("arrivalDate")), "2026-11-20");
        family.type(By.id(fieldId("address.line")), "莲花路 1001 号 3 栋 502");
        select("address.district", "Futian");
        select("housing.type", "LEASE");
        family.type(By.id(fieldId("housing.contractNumber")), "SZ-L-2026-0001");
        family.type(By.id(fieldId("housing.registrationNumber")), "FT-778");
        family.setValue(By.id(fieldId("housing.startDate")), "2026-11-15");
        family.setValue(By.id(fieldId("housing.endDate")), "2027-11-14");
        family.click(By.id("next"));
        family.click(By.id(fieldId("consent.childrenData")));
        family.click(By.id(fieldId("consent.truthDeclaration")));
        family.screenshot("04-apply-review");
        family.click(By.id("submit"));

        var error = family.find(By.cssSelector("[data-error-for='children[1].residentId']"));
        assertThat(error.getText()).isNotBlank();
        assertThat(family.find(By.id(fieldId("children[1].residentId"))).getDomAttribute("class")).contains("invalid");
        family.screenshot("05-apply-field-error");

        family.type(By.id(fieldId("children[1].residentId")), TestApplications.CHILD_2_ID);
        family.click(By.id("next"));
        family.click(By.id("next"));
        family.click(By.id("submit"));
        family.until(ExpectedConditions.urlContains("/portal/applications/"));
        applicationPath = family.url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
        family.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
        assertThat(family.find(By.id("status")).getDomAttribute("data-status")).isIn("SUBMITTED", "IN_REVIEW");

        Path lease = Files.createTempFile("lease", ".pdf");
        Files.write(lease, TestFiles.pdf(2, null));
        new Select(family.find(By.id("document-kind"))).selectByValue("LEASE_CONTRACT");
        family.find(By.id("document-file")).sendKeys(lease.toAbsolutePath().toString());
        family.click(By.id("upload"));
        family.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#document-list tr[data-kind=LEASE_CONTRACT]")));
        family.until(d -> !d.findElement(By.id("steps")).getDomAttribute("data-current").isEmpty());
        family.screenshot("06-status-after-upload");
    }

    @Test
    @Order(4)
    void aClerkReviewsTheEvidenceInTasklist() {
        try (Browser clerk = Browser.laptop(port)) {
            signInToTasklist(clerk, "clerk");
            Task review = awaitTask(ProcessIds.TASK_REVIEW_EVIDENCE);
            clerk.find(By.cssSelector(".tasks-list .task"));
            clerk.screenshot("07-tasklist-clerk");
            workInTasklist(clerk, review, "08-tasklist-review-form");
        }
    }

    @Test
    @Order(5)
    void aSupervisorApprovesInTasklist() {
        try (Browser supervisor = Browser.laptop(port)) {
            signInToTasklist(supervisor, "supervisor");
            Task decision = awaitTask(ProcessIds.TASK_DECIDE_APPLICATION);
            workInTasklist(supervisor, decision, "09-tasklist-decision-form");
        }
    }

    @Test
    @Order(6)
    void theFamilyDownloadsItsCertificates() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            family.open(applicationPath);
            family.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
            return family.all(By.cssSelector("a.certificate")).size() == 5;
        });
        assertThat(family.find(By.id("status")).getDomAttribute("data-status")).isEqualTo("APPROVED");
        family.script("document.getElementById('children').scrollIntoView()");
        family.screenshot("10-status-approved-certificates");
        for (var link : family.all(By.cssSelector("a.certificate"))) {
            Object head = ((org.openqa.selenium.JavascriptExecutor) family.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer())
                      .then(b => done(new TextDecoder().decode(new Uint8Array(b).slice(0, 5))));""",
                    link.getDomAttribute("href"));
            assertThat(head).as(link.getDomAttribute("href")).isEqualTo("%PDF-");
        }

        // A school checks the letter's code on its phone.
        String code = family.all(By.cssSelector("a.certificate[data-kind=SCHOOL_LETTER]")).get(0)
                .getDomAttribute("href").replaceAll(".*/([A-Z0-9]+)\\.pdf$", "$1");
        try (Browser school = Browser.phone(port)) {
            school.open("/verify/" + code);
            assertThat(school.find(By.id("status")).getText()).contains("证书有效 Valid certificate");
            school.screenshot("10-verify-on-phone");
        }
    }

    private Task awaitTask(String taskKey) {
        String reference = applications.referenceOf(applicationId()).orElseThrow();
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).singleResult(), t -> t != null);
    }

    private UUID applicationId() {
        return UUID.fromString(applicationPath.substring(applicationPath.lastIndexOf('/') + 1));
    }

    private static void signInToTasklist(Browser staff, String user) {
        staff.open("/camunda/app/tasklist/");
        staff.type(By.cssSelector("input[ng-model=username]"), user);
        staff.type(By.cssSelector("input[ng-model=password]"), user);
        staff.click(By.cssSelector("form button[type=submit]"));
        staff.find(By.cssSelector(".task-filter"));
    }

    /** Opens the task, claims it, ticks the form's one checkbox (accept / approve) and completes it. */
    private void workInTasklist(Browser staff, Task task, String screenshot) {
        staff.open("/camunda/app/tasklist/default/#/?task=" + task.getId());
        staff.click(By.cssSelector("[ng-click='claim()']"));
        var box = staff.find(By.cssSelector(".fjs-form-field-checkbox input[type=checkbox]"));
        staff.until(d -> box.isEnabled());
        staff.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", box);
        staff.until(d -> box.isSelected());
        staff.screenshot(screenshot);
        staff.click(By.cssSelector("button[ng-click='complete()']"));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
    }

    @Test
    @Order(7)
    void theFamilyWasToldInChineseAtEachStep() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Arrays.stream(mail.getReceivedMessagesForDomain("example.cn")).map(ResidencyJourneyBrowserTest::subject))
                .anyMatch(s -> s.contains("已收到")).anyMatch(s -> s.contains("已批准"))
                .anyMatch(s -> s.contains("可以下载")));
    }

    @Test
    @Order(8)
    void theManagerSeesTheCaseOnTheDashboard() {
        try (Browser manager = Browser.laptop(port)) {
            Map<String, Integer> after = dashboardCounts(manager);
            assertThat(after.get("total")).isGreaterThan(before.get("total"));
            assertThat(after.get("approved")).isGreaterThan(before.get("approved"));
            assertThat(after.get("walking") + after.get("withTransport"))
                    .isGreaterThanOrEqualTo(before.get("walking") + before.get("withTransport") + 2);
            manager.screenshot("11-dashboard");
        }
        try (Browser phone = Browser.phone(port)) {
            dashboardCounts(phone);
            phone.screenshot("11-dashboard-phone");
        }
    }

    @Test
    @Order(9)
    void theManagerWorksInCockpitAndAdminBehindTheGateway() {
        try (Browser manager = Browser.laptop(port)) {
            manager.open("/camunda/app/cockpit/");
            manager.type(By.cssSelector("input[ng-model=username]"), "manager");
            manager.type(By.cssSelector("input[ng-model=password]"), "manager");
            manager.click(By.cssSelector("form button[type=submit]"));
            manager.until(d -> d.getPageSource().contains("Manager Shenzhen")); // signed in
            manager.open("/camunda/app/cockpit/default/#/processes");
            manager.until(d -> d.getPageSource().contains("process definitions deployed")
                    && d.getPageSource().contains("ResidencyApplication"));
            manager.screenshot("12-cockpit-processes");
            manager.open("/camunda/app/admin/default/#/users");
            manager.until(d -> d.getPageSource().contains("clerk2"));
            manager.screenshot("13-admin-users");
        }
    }

    /** The Futian figures of the dashboard's tiles, as the manager's browser shows them. */
    private static Map<String, Integer> dashboardCounts(Browser manager) {
        manager.signIn("manager", "manager");
        manager.until(ExpectedConditions.urlContains("/dashboard"));
        manager.open("/dashboard?district=Futian");
        manager.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (String kpi : List.of("total", "approved", "walking", "withTransport")) {
            counts.put(kpi, Integer.parseInt(manager.find(By.cssSelector("[data-kpi=" + kpi + "]")).getText()
                    .replaceAll("[^0-9]", "")));
        }
        return counts;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void fillParent() {
        family.type(By.id(fieldId("email")), EMAIL);
        family.type(By.id(fieldId("applicants[0].fullName")), "李建国");
        family.type(By.id(fieldId("applicants[0].residentId")), TestApplications.PARENT_ID);
        select("applicants[0].sex", "M");
        family.setValue(By.id(fieldId("applicants[0].birthDate")), "1991-01-01");
        family.type(By.id(fieldId("applicants[0].phone")), "13800138000");
        select("applicants[0].relationship", "FATHER");
        family.type(By.id(fieldId("applicants[0].hukouDivisionCode")), "360426");
        family.type(By.id(fieldId("applicants[0].employer")), "深圳电子厂");
    }

    private void fillChild(int i, String name, String residentId, String sex, String birthDate, boolean vaccinated) {
        String p = "children[" + i + "].";
        family.type(By.id(fieldId(p + "fullName")), name);
        family.type(By.id(fieldId(p + "residentId")), residentId);
        select(p + "sex", sex);
        family.setValue(By.id(fieldId(p + "birthDate")), birthDate);
        var box = family.find(By.id(fieldId(p + "hasVaccinationCertificate")));
        if (box.isSelected() != vaccinated) {
            box.click();
        }
    }

    private void select(String path, String value) {
        new Select(family.find(By.id(fieldId(path)))).selectByValue(value);
    }

    /** The id the form gives the input of a request field. */
    static String fieldId(String path) {
        return "f-" + path.replaceAll("[^a-zA-Z0-9]", "-");
    }
}
