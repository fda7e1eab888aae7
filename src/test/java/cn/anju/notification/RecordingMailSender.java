package cn.anju.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The mail sender of the benchmarks (anju.test.record-mail): encodes each message as SMTP would carry
 * it, and counts it, without a server, so that what is timed is the dispatcher's own work.
 */
@Component
@Primary
@ConditionalOnProperty("anju.test.record-mail")
class RecordingMailSender extends JavaMailSenderImpl {

    private final AtomicLong sent = new AtomicLong();

    @Override
    public void send(MimeMessage... messages) {
        for (MimeMessage message : messages) {
            try {
                message.saveChanges();
                message.writeTo(OutputStream.nullOutputStream());
            } catch (MessagingException | IOException e) {
                throw new MailPreparationException("not encoded", e);
            }
            sent.incrementAndGet();
        }
    }

    long sent() {
        return sent.get();
    }
}
