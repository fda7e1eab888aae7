package cn.anju.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.TestApplications;
import cn.anju.application.ApplicationSubmitted;
import cn.anju.application.CertificatesIssued;
import cn.anju.application.District;
import cn.anju.decision.OneTimeNotice;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The family hears of each moment of its case once, by email (an in-process SMTP server) and SMS (a
 * recording gateway), in its language; retried jobs, a mail server that is down and two dispatchers
 * at once change none of that.
 */
@AnjuSpringBootTest
class NotificationHttpTest {

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(
            new ServerSetup(AnjuSpringBootTest.SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    RecordingSmsGateway sms;
    @Autowired
    OneTimeNotice notices;

    private CaseDriver cases;

    @BeforeEach
    void clients() {
        cases = new CaseDriver(rest, tasks);
    }

    private record Submitted(UUID id, String reference, String email) {
    }

    private Submitted submit(String language) {
        String email = "family-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Map<String, Object> body = TestApplications.twoChildren();
        body.put("email", email);
        if (language != null) {
            body.put("language", language);
        }
        var created = cases.submit("family", body);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return new Submitted(UUID.fromString(created.getBody().get("id").asText()),
                created.getBody().get("reference").asText(), email);
    }

    @Test
    void aSubmittedApplicationIsAcknowledgedOnceInChineseByEmailAndSms() throws Exception {
        Submitted family = submit(null);

        awaitStatus(family.id(), "RECEIVED", "SENT");
        List<MimeMessage> mails = mailsTo(family.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("【安居】申请 " + family.reference() + " 已收到");
        assertThat(text(mails.get(0))).contains("我们已收到您的居住登记申请 " + family.reference())
                .contains("http://localhost:8080/portal/applications/" + family.id())
                .doesNotContain("360426199101010071");
        assertThat(sms.containing(family.reference())).singleElement().satisfies(message -> {
            assertThat(message.mobileNumber()).isEqualTo("13800138000");
            assertThat(message.text()).startsWith("【安居】申请" + family.reference() + "已收到");
        });
        JsonNode view = cases.status("family", family.id().toString());
        assertThat(view.get("email").asText()).isEqualTo(family.email());
        assertThat(view.get("language").asText()).isEqualTo("zh-CN");
    }

    @Test
    void anEnglishSpeakingFamilyIsWrittenToInEnglish() throws Exception {
        Submitted family = submit("en");

        awaitStatus(family.id(), "RECEIVED", "SENT");
        MimeMessage received = mailsTo(family.email()).get(0);
        assertThat(received.getSubject()).isEqualTo("[Anju] Application " + family.reference() + " received");
        assertThat(text(received)).startsWith("Hello,").contains("Your case: http://localhost:8080/portal/");
        assertThat(cases.status("family", family.id().toString()).get("language").asText()).isEqualTo("en");
    }

    @Test
    void anApprovedFamilyHearsOfTheDecisionAndThenOfItsCertificates() throws Exception {
        Submitted family = submit("en");

        cases.approve(family.id().toString(), family.reference());

        awaitStatus(family.id(), "CERTIFICATES_READY", "SENT");
        awaitStatus(family.id(), "APPROVED", "SENT");
        assertThat(mailsTo(family.email())).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "[Anju] Application " + family.reference() + " received",
                "[Anju] Application " + family.reference() + " approved",
                "[Anju] Certificates of application " + family.reference() + " ready");
        MimeMessage ready = mailsTo(family.email()).stream()
                .filter(m -> subject(m).contains("Certificates")).findFirst().orElseThrow();
        assertThat(text(ready)).contains("5 signed documents of application " + family.reference());
    }

    @Test
    void aRejectedFamilyIsToldWhyInItsLanguage() throws Exception {
        Submitted family = submit(null);
        cases.work("clerk", cases.awaitTask(family.reference(), "Task_ReviewEvidence", "clerk-futian"),
                Map.of("evidenceAccepted", true, "reviewNote", "checked"));
        cases.work("supervisor", cases.awaitTask(family.reference(), "Task_DecideApplication", "supervisor-futian"),
                Map.of("approved", false, "decisionNote", "租赁合同上的承租人不是申请人"));

        awaitStatus(family.id(), "REJECTED", "SENT");
        MimeMessage rejected = mailsTo(family.email()).stream()
                .filter(m -> subject(m).contains("未获批准")).findFirst().orElseThrow();
        assertThat(text(rejected)).contains("很遗憾,您的申请 " + family.reference() + " 未获批准。理由:租赁合同上的承租人不是申请人");
    }

    @Test
    void aFamilyAskedForMissingItemsGetsTheWholeListAndItsDateAndAReminder() throws Exception {
        Submitted family = submit("en");
        cases.work("clerk", cases.awaitTask(family.reference(), "Task_ReviewEvidence", "clerk-futian"),
                Map.of("missingItems", "registered lease contract\nhukou booklet page of 李小红"));

        awaitStatus(family.id(), "ITEMS_MISSING", "SENT");
        MimeMessage asked = mailsTo(family.email()).stream()
                .filter(m -> subject(m).contains("items missing")).findFirst().orElseThrow();
        assertThat(text(asked)).contains("  - registered lease contract\n  - hukou booklet page of 李小红\n")
                .containsPattern("Please answer by \\d{4}-\\d{2}-\\d{2}\\.");

        // The reminder timer fires weeks later; its delegate's call, made now.
        notices.reminded(family.id());
        awaitStatus(family.id(), "RESPONSE_DUE", "SENT");
        MimeMessage reminder = mailsTo(family.email()).stream()
                .filter(m -> subject(m).startsWith("[Anju] Reminder")).findFirst().orElseThrow();
        assertThat(text(reminder)).containsPattern("is due by \\d{4}-\\d{2}-\\d{2}\\.");
    }

    @Test
    void theSameMomentAnnouncedTwiceByARetriedJobIsOneRowAndOneMail() throws Exception {
        Submitted family = submit(null);
        awaitStatus(family.id(), "RECEIVED", "SENT");

        for (int run = 0; run < 2; run++) {
            transaction.executeWithoutResult(status -> events.publishEvent(
                    new ApplicationSubmitted(family.id(), family.reference(), District.FUTIAN)));
        }
        dispatcher.dispatch();

        assertThat(rows(family.id(), "RECEIVED")).isEqualTo(1);
        assertThat(mailsTo(family.email())).hasSize(1);
        assertThat(sms.containing(family.reference())).hasSize(1);
    }

    @Test
    void aRolledBackJobLeavesNoNotification() {
        Submitted family = submit(null);

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new CertificatesIssued(family.id(), List.of("ROLLEDBACK23")));
            status.setRollbackOnly();
        });

        assertThat(rows(family.id(), "CERTIFICATES_READY")).isZero();
    }

    @Test
    void whileTheMailServerIsDownNothingIsLostAndAfterwardsNothingIsSentTwice() throws Exception {
        mail.stop();
        Submitted family;
        try {
            family = submit(null);
            await().atMost(WAIT).until(() -> attempts(family.id(), "RECEIVED") >= 2);
            assertThat(status(family.id(), "RECEIVED")).isIn("PENDING", "SENDING");
        } finally {
            mail.start();
        }

        awaitStatus(family.id(), "RECEIVED", "SENT");
        assertThat(mailsTo(family.email())).hasSize(1);
        // The SMS went out at the first attempt and was not repeated with the mail.
        assertThat(sms.containing(family.reference())).hasSize(1);
    }

    @Test
    void twoDispatchersAtOnceSendEachRowOnce() throws Exception {
        Submitted family = submit(null);
        awaitStatus(family.id(), "RECEIVED", "SENT");
        int batches = 30;
        for (int i = 0; i < batches; i++) {
            outbox.add(family.id(), Moment.CERTIFICATES_READY, "load-" + i, Instant.now());
        }

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> drain = () -> {
                int sent = 0;
                while (rowsNotSent(family.id()) > 0) {
                    sent += dispatcher.dispatch();
                }
                return sent;
            };
            List<Future<Integer>> both = threads.invokeAll(List.of(drain, drain));
            for (Future<Integer> one : both) {
                one.get();
            }
        } finally {
            threads.shutdownNow();
        }

        List<MimeMessage> mails = mailsTo(family.email());
        assertThat(mails).hasSize(batches + 1);
        assertThat(mails.stream().map(m -> header(m, EmailChannel.ROW_HEADER)).distinct()).hasSize(batches + 1);
        assertThat(sms.containing(family.reference())).hasSize(batches + 1);
    }

    @Test
    void aLanguageOtherThanChineseOrEnglishOrABadAddressIsRefused() {
        Map<String, Object> body = TestApplications.twoChildren();
        body.put("language", "fr");
        body.put("email", "not an address");

        var refused = cases.submit("family", body);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).contains("language", "email");
    }

    private void awaitStatus(UUID applicationId, String moment, String status) {
        await().atMost(WAIT).until(() -> status.equals(status(applicationId, moment)));
    }

    private String status(UUID applicationId, String moment) {
        return jdbc.sql("select max(status) from notification_outbox where application_id = ? and moment = ?")
                .params(applicationId, moment).query(String.class).single();
    }

    private int attempts(UUID applicationId, String moment) {
        return jdbc.sql("select max(attempts) from notification_outbox where application_id = ? and moment = ?")
                .params(applicationId, moment).query(Integer.class).optional().orElse(0);
    }

    private long rows(UUID applicationId, String moment) {
        return jdbc.sql("select count(*) from notification_outbox where application_id = ? and moment = ?")
                .params(applicationId, moment).query(Long.class).single();
    }

    private long rowsNotSent(UUID applicationId) {
        return jdbc.sql("select count(*) from notification_outbox where application_id = ? and status <> 'SENT'")
                .param(applicationId).query(Long.class).single();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String text(MimeMessage message) throws IOException, MessagingException {
        // SMTP carries lines ending in CRLF.
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
