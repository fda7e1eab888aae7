package cn.anju.accesslog.internal;

import cn.anju.accesslog.PersonalData;
import cn.anju.application.District;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An office and what it opened, in the family's words (bundle i18n/privacy): "福田区 · 窗口工作人员". */
@Component
class OfficeWords {

    private final MessageSource messages;

    OfficeWords(MessageSource messages) {
        this.messages = messages;
    }

    String office(String role, String district, Locale locale) {
        String roleText = messages.getMessage("accesslog.role." + role, null, role, locale);
        if (district == null) {
            return messages.getMessage("accesslog.city", null, locale) + " · " + roleText;
        }
        boolean zh = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        String place = District.parse(district).map(d -> zh ? d.chineseName() : d.englishName()).orElse(district);
        return place + " · " + roleText;
    }

    String what(PersonalData what, Locale locale) {
        return messages.getMessage("accesslog.what." + what.name(), null, what.name(), locale);
    }
}
