package cn.anju.decision;

import cn.anju.application.ApplicantAsked;
import cn.anju.application.ApplicantReminded;
import cn.anju.application.ApplicantResponded;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.CaseLog;
import cn.anju.application.ResponseNotExpectedException;
import cn.anju.application.Stage;
import cn.anju.application.StatusProjection;
import cn.anju.application.TimelineEntryType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-time notice (DOMAIN.md): every missing item in one list, sent once; the family answers
 * within the response period or the application is withdrawn, with a reminder before. While the
 * office waits for the family, the legal clock stops: the deadline moves by the days waited.
 */
@Service
@Transactional
public class OneTimeNotice {

    public record Notice(UUID id, List<String> items, Instant sentAt, Instant respondBy, Instant answeredAt) {
    }

    private final JdbcClient jdbc;
    private final ApplicationRepository applications;
    private final StatusProjection status;
    private final CaseLog caseLog;
    private final NoticeProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public OneTimeNotice(JdbcClient jdbc, ApplicationRepository applications, StatusProjection status, CaseLog caseLog,
                         NoticeProperties properties, Clock clock,
                         ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.status = status;
        this.caseLog = caseLog;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    /** Items typed one per line by the clerk: trimmed, blank lines dropped. */
    public static List<String> items(String lines) {
        return lines == null ? List.of()
                : Arrays.stream(lines.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Notice send(UUID applicationId, List<String> items, String by) {
        Instant now = Instant.now(clock);
        Instant respondBy = now.plus(properties.responsePeriod());
        var notice = new Notice(UUID.randomUUID(), List.copyOf(items), now, respondBy, null);
        jdbc.sql("insert into missing_item_notice (id, application_id, items, sent_at, respond_by) values (?, ?, ?, ?, ?)")
                .params(notice.id(), applicationId, String.join("\n", items), utc(now), utc(respondBy)).update();
        status.updateStatus(applicationId, ApplicationStatus.AWAITING_APPLICANT, Stage.AWAITING_APPLICANT);
        caseLog.record(applicationId, TimelineEntryType.ONE_TIME_NOTICE_SENT, by,
                items.size() + " item(s), answer by " + respondBy + ": " + String.join("; ", items));
        events.publishEvent(new ApplicantAsked(applicationId, notice.id()));
        return notice;
    }

    /** When to remind the family: a few days before the response period ends. */
    public Instant remindAt(Notice notice) {
        return notice.respondBy().minus(properties.reminderBefore());
    }

    public void reminded(UUID applicationId) {
        Optional<Notice> open = openNotice(applicationId);
        jdbc.sql("update missing_item_notice set reminded_at = ? where application_id = ? and answered_at is null")
                .params(utc(Instant.now(clock)), applicationId).update();
        caseLog.record(applicationId, TimelineEntryType.ONE_TIME_NOTICE_REMINDER, CaseLog.SYSTEM, "the answer is due soon");
        open.ifPresent(notice -> events.publishEvent(new ApplicantReminded(applicationId, notice.id())));
    }

    /** Records the family's answer; returns by how many days the decision deadline moves. */
    public long answered(UUID applicationId, String answer) {
        Notice open = openNotice(applicationId)
                .orElseThrow(() -> new ResponseNotExpectedException("No notice awaits an answer"));
        Instant now = Instant.now(clock);
        int updated = jdbc.sql("update missing_item_notice set answered_at = ?, answer = ? where id = ? and answered_at is null")
                .params(utc(now), answer, open.id()).update();
        if (updated == 0) {
            throw new ResponseNotExpectedException("The notice was already answered");
        }
        long pausedDays = Math.max(0, ChronoUnit.DAYS.between(open.sentAt(), now)
                + (Duration.between(open.sentAt(), now).toHoursPart() > 0 ? 1 : 0));
        status.updateStatus(applicationId, ApplicationStatus.IN_REVIEW, Stage.EVIDENCE_REVIEW);
        caseLog.record(applicationId, TimelineEntryType.APPLICANT_RESPONDED, "applicant",
                (answer == null || answer.isBlank() ? "" : answer + " ") + "(clock paused " + pausedDays + " day(s))");
        String reference = applications.findById(applicationId).orElseThrow().reference();
        // The process resumes in this same transaction: both happen, or neither.
        events.publishEvent(new ApplicantResponded(applicationId, reference, pausedDays));
        return pausedDays;
    }

    public LocalDate extendDeadline(UUID applicationId, long days) {
        return status.extendDeadline(applicationId, days);
    }

    /** The notice is one-time: once sent, the office decides on what it has. */
    public boolean alreadySent(UUID applicationId) {
        return jdbc.sql("select count(*) from missing_item_notice where application_id = ?").param(applicationId)
                .query(Long.class).single() > 0;
    }

    public void withdrawnForNoAnswer(UUID applicationId) {
        jdbc.sql("update missing_item_notice set answered_at = ?, answer = ? where application_id = ? and answered_at is null")
                .params(utc(Instant.now(clock)), "(no answer: withdrawn)", applicationId).update();
        caseLog.decided(applicationId, ApplicationStatus.WITHDRAWN, CaseLog.SYSTEM,
                "no answer to the one-time notice within " + properties.responsePeriod().toDays() + " days");
    }

    public Optional<Notice> openNotice(UUID applicationId) {
        return jdbc.sql("""
                select id, items, sent_at, respond_by, answered_at from missing_item_notice
                where application_id = ? and answered_at is null order by sent_at desc limit 1""")
                .param(applicationId)
                .query((rs, n) -> new Notice(rs.getObject(1, UUID.class), items(rs.getString(2)),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant(), null))
                .optional();
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
