package cn.anju.notification;

import java.util.List;
import org.springframework.context.ApplicationContext;

/** For tests outside this package: the SMS texts a node's recording gateway (anju.test.record-sms) was given. */
public final class SentNotifications {

    private SentNotifications() {
    }

    public static List<String> smsTexts(ApplicationContext node) {
        return node.getBean(RecordingSmsGateway.class).containing("").stream().map(RecordingSmsGateway.Sms::text).toList();
    }

    /** Rows of the outbox not yet sent (or given up). */
    public static long unsent(ApplicationContext node) {
        var outbox = node.getBean(NotificationOutbox.class);
        return outbox.count(NotificationOutbox.Status.PENDING) + outbox.count(NotificationOutbox.Status.SENDING);
    }
}
