package cn.anju.notification;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The stored reasons of a decision in the family's language where the office's wording is known (a
 * rule's reason code, a withdrawal for no answer); a supervisor's own words are passed on as written.
 */
final class DecisionReasons {

    private static final Pattern RULE = Pattern.compile("Not eligible: ([A-Z0-9_]+)");
    private static final Pattern NO_ANSWER = Pattern.compile("no answer to the one-time notice within (\\d+) days");

    private DecisionReasons() {
    }

    static String inLanguage(String stored, Locale locale, MessageSource messages) {
        if (stored == null || stored.isBlank()) {
            return messages.getMessage("notification.reason.none", null, locale);
        }
        Matcher rule = RULE.matcher(stored.trim());
        if (rule.matches()) {
            return messages.getMessage("notification.reason." + rule.group(1), null, stored, locale);
        }
        Matcher noAnswer = NO_ANSWER.matcher(stored.trim());
        if (noAnswer.matches()) {
            return messages.getMessage("notification.reason.no-answer", new Object[] {noAnswer.group(1)}, stored,
                    locale);
        }
        return stored;
    }
}
