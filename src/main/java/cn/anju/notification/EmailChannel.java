package cn.anju.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/** Email through Spring Mail; switched off in development, where no SMTP server runs. */
@Component
class EmailChannel {

    /** Names the outbox row in every mail, so that a duplicate would show (and a support desk can trace one). */
    static final String ROW_HEADER = "X-Anju-Notification";

    private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

    /**
     * Jakarta Mail finds its stream provider with a ServiceLoader scan of the whole class path on every
     * encoded word (the sender's name, a Chinese subject, the body) unless this system property names it:
     * on Anju's class path those scans were a good part of a message's cost (NotificationDispatcherBenchmark).
     */
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        String angus = "org.eclipse.angus.mail.util.MailStreamProvider";
        if (System.getProperty(STREAM_PROVIDER) == null
                && ClassUtils.isPresent(angus, EmailChannel.class.getClassLoader())) {
            System.setProperty(STREAM_PROVIDER, angus);
        }
    }

    private final JavaMailSender mail;
    private final NotificationProperties properties;

    EmailChannel(JavaMailSender mail, NotificationProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    /** True when the mail went out; false when there is no address or the channel is off. Throws when not sent. */
    boolean send(long rowId, Rendered notification) {
        if (notification.email() == null) {
            return false;
        }
        if (!properties.email().enabled()) {
            log.info("Notification {}: email channel off (anju.notifications.email.enabled=false), not emailed", rowId);
            return false;
        }
        MimeMessage message = mail.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.email().from());
            helper.setTo(notification.email());
            helper.setSubject(notification.subject());
            helper.setText(notification.body(), false);
            message.setHeader(ROW_HEADER, Long.toString(rowId));
        } catch (MessagingException e) {
            throw new MailPreparationException("notification " + rowId, e);
        }
        mail.send(message);
        return true;
    }
}
