package cn.anju.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** No gateway configured: logs that a message would go out, with the number masked and no text (personal data). */
@Component
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String mobileNumber, String text) {
        log.info("SMS to {} ({} characters): no SMS gateway configured, logged only", mask(mobileNumber),
                text.length());
    }

    /** 138****8000: enough for an operator to tell two families apart, not enough to call one. */
    static String mask(String number) {
        if (number == null || number.length() < 7) {
            return "***";
        }
        return number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4);
    }
}
