package cn.anju.notification;

import cn.anju.application.Application;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.CertificateDirectory;
import cn.anju.application.Contact;
import cn.anju.application.OpenRequest;
import cn.anju.application.OpenRequests;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a notification from the case as it is when sent (the outbox holds only ids), in the
 * family's language: what happened, what to do next, and the link to the case's portal page.
 */
@Component
class NotificationRenderer {

    private final ApplicationRepository applications;
    private final OpenRequests openRequests;
    private final CertificateDirectory certificates;
    private final MessageSource messages;
    private final Clock clock;
    private final String publicUrl;

    NotificationRenderer(ApplicationRepository applications, OpenRequests openRequests,
                         CertificateDirectory certificates, MessageSource messages, Clock clock,
                         @Value("${anju.certificates.public-url}") String publicUrl) {
        this.applications = applications;
        this.openRequests = openRequests;
        this.certificates = certificates;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Empty when there is nothing left to say: a reminder of a notice the family has already answered. */
    Optional<Rendered> render(NotificationOutbox.Row row) {
        Application a = applications.findById(row.applicationId()).orElseThrow();
        Contact contact = applications.contactOf(row.applicationId()).orElseThrow();
        Locale locale = row.language().locale();
        Optional<String> detail = detail(row.moment(), a, locale);
        if (detail.isEmpty()) {
            return Optional.empty();
        }
        String link = publicUrl + "/portal/applications/" + a.id();
        Object[] args = {a.reference(), detail.get(), link};
        Moment m = row.moment();
        String body = text("notification.greeting", args, locale) + "\n\n"
                + text(m.messageKey("body"), args, locale) + "\n\n"
                + text(m.messageKey("next"), args, locale) + "\n"
                + text("notification.link", args, locale) + "\n\n"
                + text("notification.footer", args, locale) + "\n";
        String mobile = a.applicants().isEmpty() ? null : a.applicants().get(0).phone();
        return Optional.of(new Rendered(contact.email(), mobile, text(m.messageKey("subject"), args, locale), body,
                text(m.messageKey("sms"), args, locale)));
    }

    /** What only this moment says: the missing items, the answer date, the reasons, the documents. */
    private Optional<String> detail(Moment moment, Application a, Locale locale) {
        return switch (moment) {
            case RECEIVED, APPROVED -> Optional.of("");
            case ITEMS_MISSING -> Optional.of(openRequests.openRequest(a.id())
                    .map(open -> items(open) + "\n" + text("notification.respond-by", new Object[] {date(open)}, locale))
                    .orElse(""));
            case RESPONSE_DUE -> openRequests.openRequest(a.id()).map(this::date).map(LocalDate::toString);
            case REJECTED, WITHDRAWN -> Optional.of(DecisionReasons.inLanguage(a.decisionReasons(), locale, messages));
            case CERTIFICATES_READY -> Optional.of(String.valueOf(certificates.certificatesOf(a.id()).size()));
        };
    }

    private static String items(OpenRequest open) {
        return open.items().stream().map(item -> "  - " + item).collect(Collectors.joining("\n"));
    }

    private LocalDate date(OpenRequest open) {
        return open.respondBy().atZone(clock.getZone()).toLocalDate();
    }

    private String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, locale);
    }
}
