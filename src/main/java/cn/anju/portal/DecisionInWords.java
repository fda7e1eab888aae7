package cn.anju.portal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * A decision's stored reasons as the family reads them: the office's known wordings (the rules' reason
 * codes, the automatic decision, a withdrawal for no answer) in the page's language, a person's own
 * words as written. The same wordings the letters use (the notification bundle's reasons).
 */
final class DecisionInWords {

    private static final Pattern RULE = Pattern.compile("Not eligible: ([A-Z0-9_]+)");
    private static final Pattern NO_ANSWER = Pattern.compile("no answer to the one-time notice within (\\d+) days");
    private static final String AUTOMATIC = "automatic decision:";

    private DecisionInWords() {
    }

    static String of(String stored, Locale locale, MessageSource messages) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        String reasons = stored.trim();
        if (reasons.startsWith(AUTOMATIC)) {
            return messages.getMessage("journey.reason.automatic", null, locale);
        }
        Matcher rule = RULE.matcher(reasons);
        if (rule.matches()) {
            return messages.getMessage("notification.reason." + rule.group(1), null,
                    messages.getMessage("journey.reason.rules", null, locale), locale);
        }
        Matcher noAnswer = NO_ANSWER.matcher(reasons);
        if (noAnswer.matches()) {
            return messages.getMessage("notification.reason.no-answer", new Object[] {noAnswer.group(1)}, locale);
        }
        return reasons;
    }
}
