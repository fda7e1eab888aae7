package cn.anju.notification;

/**
 * The operator's SMS gateway. A real one is a {@code @Primary} bean implementing this; without one,
 * {@link LoggingSmsGateway} stands in. Throwing means not sent: the row is retried later.
 */
public interface SmsGateway {

    void send(String mobileNumber, String text);
}
