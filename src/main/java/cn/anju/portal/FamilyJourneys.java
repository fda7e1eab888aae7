package cn.anju.portal;

import cn.anju.application.Application;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.CertificateDirectory;
import cn.anju.application.IssuedCertificate;
import cn.anju.application.OpenRequest;
import cn.anju.application.OpenRequests;
import cn.anju.application.StatusEvent;
import cn.anju.application.Timeline;
import cn.anju.security.CaseNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Tells a case the family's way (see {@link FamilyJourney}); access is checked by the caller. */
@Service
class FamilyJourneys {

    private final ApplicationRepository applications;
    private final CertificateDirectory certificates;
    private final OpenRequests openRequests;
    private final Timeline timeline;
    private final TimelineSentences sentences;
    private final MessageSource messages;
    private final Clock clock;

    FamilyJourneys(ApplicationRepository applications, CertificateDirectory certificates, OpenRequests openRequests,
                   Timeline timeline, TimelineSentences sentences, MessageSource messages, Clock clock) {
        this.applications = applications;
        this.certificates = certificates;
        this.openRequests = openRequests;
        this.timeline = timeline;
        this.sentences = sentences;
        this.messages = messages;
        this.clock = clock;
    }

    FamilyJourney of(UUID id, Locale locale) {
        Application a = applications.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
        List<IssuedCertificate> issued = certificates.certificatesOf(id);
        Optional<OpenRequest> request = openRequests.openRequest(id);
        List<StatusEvent> entries = timeline.of(id);
        List<FamilySteps.Step> steps = FamilySteps.of(a, issued);
        FamilyStep current = FamilySteps.current(steps);
        var story = new TimelineSentences.Case(a, issued, locale);
        return new FamilyJourney(
                steps.stream().map(s -> new FamilyJourney.StepView(s.step().name(),
                        text("journey.step." + s.step(), locale), s.state().name().toLowerCase(Locale.ROOT),
                        detail(s, a, issued, locale))).toList(),
                current == null ? null : current.name(),
                todo(a, issued, request, entries, locale),
                DecisionInWords.of(a.decisionReasons(), locale, messages),
                entries.stream().map(e -> new FamilyJourney.Entry(e.type(), e.occurredAt(),
                        sentences.sentence(e, story))).toList());
    }

    private String detail(FamilySteps.Step s, Application a, List<IssuedCertificate> issued, Locale locale) {
        return switch (s.step()) {
            case SUBMITTED -> a.submittedAt() == null ? null : date(a.submittedAt(), locale);
            case CHECKED, CHILDREN_PLACED -> null;
            case DECIDED -> a.status().isDecided()
                    ? text("journey.outcome." + a.status(), locale, a.decidedAt() == null ? "" : date(a.decidedAt(), locale))
                    : a.decisionDeadline() == null ? null : text("journey.due", locale, date(a.decisionDeadline(), locale));
            case CERTIFICATES_READY -> issued.isEmpty() ? null : text("journey.certificates", locale, issued.size());
        };
    }

    private FamilyJourney.Todo todo(Application a, List<IssuedCertificate> issued, Optional<OpenRequest> request,
                                    List<StatusEvent> entries, Locale locale) {
        if (request.isPresent()) {
            LocalDate by = LocalDate.ofInstant(request.get().respondBy(), clock.getZone());
            return new FamilyJourney.Todo(text("journey.todo.send", locale, date(by, locale)), by,
                    AskedItems.of(request.get().items(), entries, messages));
        }
        ApplicationStatus status = a.status();
        if (status == ApplicationStatus.APPROVED) {
            return new FamilyJourney.Todo(text(issued.isEmpty() ? "journey.todo.certificatesComing"
                    : "journey.todo.download", locale), null, List.of());
        }
        if (status.isDecided()) {
            return new FamilyJourney.Todo(text("journey.todo." + status, locale), null, List.of());
        }
        return a.decisionDeadline() == null
                ? new FamilyJourney.Todo(text("journey.todo.checking", locale), null, List.of())
                : new FamilyJourney.Todo(text("journey.todo.wait", locale, date(a.decisionDeadline(), locale)),
                        a.decisionDeadline(), List.of());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String date(Instant instant, Locale locale) {
        return date(LocalDate.ofInstant(instant, clock.getZone()), locale);
    }

    static String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
}
