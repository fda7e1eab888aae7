package cn.anju.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The family's status page in a real browser: the step indicator at the right step, the timeline in
 * sentences of the page's language, a camera photo that arrives downscaled with a preview of what the
 * server stored, and the certificates in one download.
 */
@AnjuSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FamilyStatusBrowserTest {

    /** An id, a code, an enum's or a model's name. */
    static final Pattern ID_LIKE = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}|\\b[A-Z0-9]{2,}_[A-Z0-9_]+\\b|\\b(?=[A-Z0-9]*\\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,}\\b|\\.dmn");
    static final int PHOTO_WIDTH = 4000;
    static final int PHOTO_HEIGHT = 3000;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    CaseDriver cases;
    Browser family;
    String id;
    String reference;
    long photoBytes;

    @BeforeAll
    void aCaseWithTheClerk() {
        cases = new CaseDriver(rest, tasks);
        JsonNode created = cases.submit("family", TestApplications.twoChildren()).getBody();
        id = created.get("id").asText();
        reference = created.get("reference").asText();
        cases.awaitTask(reference, "Task_ReviewEvidence", "clerk-futian");
        family = Browser.laptop(port);
        family.signIn("family", "family");
    }

    @AfterAll
    void closeBrowser() {
        family.close();
    }

    @Test
    @Order(1)
    void theStepsShowTheCheckAsTheCurrentStepAndTheTimelineSpeaksChinese() {
        open(family, "");
        WebElement current = family.find(By.cssSelector("#steps li.current"));
        assertThat(current.getDomAttribute("data-step")).isEqualTo("CHECKED");
        assertThat(current.getText()).contains("材料已审核");
        assertThat(family.all(By.cssSelector("#steps li.done"))).hasSize(1);
        assertThat(family.find(By.id("todo-text")).getText()).startsWith("现在无需操作");
        assertThat(family.all(By.id("diagram"))).isEmpty();
        List<String> sentences = sentences(family);
        assertThat(sentences).contains("您提交了申请。", "工作人员正在审核您的材料。");
        assertThat(sentences).allSatisfy(s -> assertThat(s).doesNotContainPattern(ID_LIKE)
                .doesNotContainPattern("[A-Za-z]{3,}"));
    }

    @Test
    @Order(2)
    void aCameraPhotoArrivesDownscaledAndTheFamilySeesWhatWasReceived() throws Exception {
        Path photo = Files.createTempFile("camera", ".jpg");
        ImageIO.write(cameraPhoto(), "jpg", photo.toFile());
        photoBytes = Files.size(photo);
        new Select(family.find(By.id("document-kind"))).selectByValue("LEASE_CONTRACT");
        assertThat(family.find(By.id("document-photo")).getDomAttribute("capture")).isEqualTo("environment");
        assertThat(family.find(By.id("document-file")).getDomAttribute("accept")).isEqualTo("image/*,application/pdf");
        family.driver().findElement(By.id("document-photo")).sendKeys(photo.toAbsolutePath().toString());
        family.click(By.id("upload"));

        WebElement preview = family.until(d -> {
            WebElement figure = d.findElement(By.id("upload-preview"));
            return figure.getDomAttribute("data-width") != null ? figure : null;
        });
        assertThat(preview.getDomAttribute("data-width")).isEqualTo("2000");
        assertThat(preview.getDomAttribute("data-height")).isEqualTo("1500");
        assertThat(preview.findElement(By.tagName("figcaption")).getText()).contains("2000 × 1500");
        assertThat(family.find(By.id("upload-result")).getText()).isEqualTo(textOf("upload.done"));

        JsonNode stored = rest.withBasicAuth("family", "family")
                .getForObject("/api/applications/" + id + "/documents", JsonNode.class).get(0);
        assertThat(stored.get("mediaType").asText()).isEqualTo("image/jpeg");
        assertThat(stored.get("size").asLong()).isLessThan(photoBytes);
        byte[] content = rest.withBasicAuth("family", "family").getForObject(
                "/api/applications/" + id + "/documents/" + stored.get("id").asText(), byte[].class);
        BufferedImage received = ImageIO.read(new ByteArrayInputStream(content));
        assertThat(received.getWidth()).isEqualTo(2000);
        assertThat(received.getHeight()).isEqualTo(1500);

        family.until(d -> sentences(family).contains("已上传您的租赁合同。"));
        family.screenshot("14-status-steps-after-photo");
        try (Browser phone = Browser.phone(port)) {
            phone.signIn("family", "family");
            open(phone, "");
            phone.find(By.cssSelector("#steps li.current"));
            phone.screenshot("14-status-steps-phone");
        }
    }

    @Test
    @Order(3)
    void onceApprovedEveryStepIsDoneAndTheTimelineNamesTheChildInEnglishToo() {
        cases.approve(id, reference);
        open(family, "");
        assertThat(family.all(By.cssSelector("#steps li.done"))).hasSize(5);
        assertThat(family.find(By.id("steps")).getDomAttribute("data-current")).isEmpty();
        assertThat(family.find(By.id("download-all")).getDomAttribute("href")).endsWith("/certificates.zip");
        assertThat(sentences(family)).anyMatch(s -> s.startsWith("李小明已获得"))
                .anyMatch(s -> s.equals("已签发李小明的入学通知书，现在可以下载。"));
        family.screenshot("15-status-approved-steps");

        open(family, "?lang=en");
        assertThat(family.find(By.cssSelector("#steps li[data-step=CERTIFICATES_READY]")).getText())
                .contains("Certificates ready");
        List<String> english = sentences(family);
        assertThat(english).contains("You submitted the application.", "Your lease contract was uploaded.")
                .anyMatch(s -> s.startsWith("李小明 has a place at "));
        assertThat(english).allSatisfy(s -> assertThat(s.replaceAll("李小明|李小红", ""))
                .doesNotContainPattern(ID_LIKE).doesNotContainPattern("\\p{IsHan}"));
        try (Browser phone = Browser.phone(port)) {
            phone.signIn("family", "family");
            open(phone, "?lang=en");
            phone.find(By.id("download-all"));
            phone.screenshot("15-status-approved-phone-en");
        }
        open(family, "?lang=zh-CN");
    }

    private void open(Browser browser, String query) {
        browser.open("/portal/applications/" + id + query);
        browser.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
    }

    private static List<String> sentences(Browser browser) {
        return browser.all(By.cssSelector("#timeline li .sentence")).stream().map(WebElement::getText).toList();
    }

    private String textOf(String key) {
        return (String) family.script("return Page.t(arguments[0]);", key);
    }

    /** A phone camera's picture: 12 megapixels of soft gradients and some grain, as JPEG. */
    private static BufferedImage cameraPhoto() {
        var image = new BufferedImage(PHOTO_WIDTH, PHOTO_HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(240, 236, 220), PHOTO_WIDTH, PHOTO_HEIGHT, new Color(120, 110, 90)));
        g.fillRect(0, 0, PHOTO_WIDTH, PHOTO_HEIGHT);
        g.setColor(Color.DARK_GRAY);
        for (int line = 200; line < PHOTO_HEIGHT - 200; line += 90) {
            g.fillRect(300, line, PHOTO_WIDTH - 600, 18);
        }
        var random = new java.util.Random(7);
        for (int i = 0; i < 400_000; i++) {
            image.setRGB(random.nextInt(PHOTO_WIDTH), random.nextInt(PHOTO_HEIGHT), random.nextInt(0xFFFFFF));
        }
        g.dispose();
        return image;
    }
}
