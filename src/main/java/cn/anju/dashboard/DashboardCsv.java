package cn.anju.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The figures as one table a spreadsheet opens as it is: one row per figure (section, item, value,
 * capacity where there is one), labels in the manager's language. UTF-8 with a byte order mark, without
 * which Excel reads the Chinese as ANSI.
 */
@Component
class DashboardCsv {

    private static final String BOM = "\uFEFF";

    private final MessageSource messages;

    DashboardCsv(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Dashboard d, Locale locale) {
        boolean zh = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        var out = new StringBuilder(BOM);
        Rows rows = new Rows(out, messages, locale);
        rows.header();
        rows.add("filter", "district", d.filter().district() == null ? text("dashboard.district.all", locale)
                : zh ? d.filter().district().chineseName() : d.filter().district().englishName(), null);
        rows.add("filter", "from", d.filter().from(), null);
        rows.add("filter", "to", d.filter().to(), null);
        rows.add("filter", "today", d.filter().today(), null);
        var k = d.kpis();
        rows.kpi("total", k.total()).kpi("open", k.open()).kpi("approved", k.approved()).kpi("rejected", k.rejected())
                .kpi("withdrawn", k.withdrawn())
                .kpi("automatic", k.automatic()).kpi("dueSoon", k.dueSoon()).kpi("overdue", k.overdue())
                .kpi("medianDaysToDecision", k.medianDaysToDecision())
                .kpi("medianHoursToDecision", k.medianHoursToDecision()).kpi("approvalRate", k.approvalRate())
                .kpi("automaticRate", k.automaticRate()).kpi("waitlisted", k.waitlisted());
        rows.add("kpi", "seatsUsed", k.seatsUsed(), k.seatsCapacity());
        rows.kpi("walking", k.walking()).kpi("withTransport", k.withTransport())
                .kpi("clinicRegistrations", k.clinicRegistrations());
        d.byStatus().forEach(c -> rows.raw("byStatus", text("dashboard.status." + c.key(), locale), c.count(), null));
        d.byStage().forEach(c -> rows.raw("byStage", text("dashboard.stage." + c.key(), locale), c.count(), null));
        d.backlogByDistrict().forEach(b -> {
            String name = zh ? b.nameZh() : b.nameEn();
            rows.raw("backlog", name, b.open(), null);
            rows.raw("dueSoon", name, b.dueSoon(), null);
            rows.raw("overdue", name, b.overdue(), null);
        });
        d.waitlistByDistrict().forEach(w -> rows.raw("waitlist", zh ? w.nameZh() : w.nameEn(), w.waiting(), null));
        d.seatsByDistrict().forEach(s -> rows.raw("seatsByDistrict", zh ? s.nameZh() : s.nameEn(), s.used(), s.capacity()));
        d.seatsBySchool().forEach(s -> rows.raw("seatsBySchool", s.code() + " " + (zh ? s.nameZh() : s.nameEn()),
                s.used(), s.capacity()));
        d.clinicRegistrations().forEach(c -> rows.raw("clinics", c.code() + " " + (zh ? c.nameZh() : c.nameEn()),
                c.registrations(), null));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Writes rows with their labels looked up; quotes a field only when it needs it. */
    private record Rows(StringBuilder out, MessageSource messages, Locale locale) {

        void header() {
            line(label("csv.section"), label("csv.item"), label("csv.value"), label("csv.capacity"));
        }

        Rows kpi(String name, Object value) {
            add("kpi", name, value, null);
            return this;
        }

        void add(String section, String item, Object value, Object capacity) {
            raw(section, label("kpi." + item, "filter." + item), value, capacity);
        }

        void raw(String section, String item, Object value, Object capacity) {
            line(label("section." + section), item, value == null ? "" : value.toString(),
                    capacity == null ? "" : capacity.toString());
        }

        private String label(String... keys) {
            for (String key : keys) {
                String text = messages.getMessage("dashboard." + key, null, null, locale);
                if (text != null) {
                    return text;
                }
            }
            return keys[0];
        }

        private void line(String... fields) {
            for (int i = 0; i < fields.length; i++) {
                out.append(i == 0 ? "" : ",").append(quoted(fields[i]));
            }
            out.append("\r\n");
        }

        private static String quoted(String field) {
            // A spreadsheet would run a field starting with = + or @ as a formula: names are prefixed to stay
            // text (not "-", which starts the negative numbers of the figures).
            String safe = !field.isEmpty() && "=+@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
            boolean needsQuotes = safe.contains("\"") || safe.contains(",") || safe.contains("\n") || safe.contains("\r");
            return needsQuotes ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
        }
    }
}
