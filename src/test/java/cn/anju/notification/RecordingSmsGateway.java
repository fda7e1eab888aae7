package cn.anju.notification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/** The SMS gateway of the shared test context (anju.test.record-sms): keeps what it was given. */
@Component
@Primary
@ConditionalOnProperty("anju.test.record-sms")
class RecordingSmsGateway implements SmsGateway {

    record Sms(String mobileNumber, String text) {
    }

    private final List<Sms> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(String mobileNumber, String text) {
        sent.add(new Sms(mobileNumber, text));
    }

    List<Sms> containing(String text) {
        return sent.stream().filter(sms -> sms.text().contains(text)).toList();
    }
}
