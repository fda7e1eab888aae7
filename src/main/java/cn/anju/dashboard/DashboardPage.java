package cn.anju.dashboard;

import cn.anju.application.ApplicationStatus;
import cn.anju.application.District;
import cn.anju.application.FamilyLanguage;
import cn.anju.application.Stage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page: filter, tiles and chart canvases; dashboard.js fills them from /api/dashboard, so that a new
 * filter redraws without a reload and the figures have one source.
 */
@Controller
class DashboardPage {

    record DistrictOption(String value, String label) {
    }

    private final MessageSource messages;

    DashboardPage(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/dashboard")
    String page(@RequestParam(required = false) String district, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, Locale locale, Model model) {
        boolean zh = FamilyLanguage.of(locale) == FamilyLanguage.ZH_CN;
        model.addAttribute("lang", zh ? "zh-CN" : "en");
        model.addAttribute("districts", Arrays.stream(District.values())
                .map(d -> new DistrictOption(d.englishName(), zh ? d.chineseName() : d.englishName())).toList());
        model.addAttribute("district", district);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("texts", texts(locale));
        return "dashboard";
    }

    /** The labels the script needs for chart legends and axes, in the page's language. */
    private Map<String, String> texts(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        Stream.of(Arrays.stream(ApplicationStatus.values()).map(s -> "status." + s.name()),
                        Arrays.stream(Stage.values()).map(s -> "stage." + s.name()),
                        List.of("chart.count", "chart.open", "chart.dueSoon", "chart.overdue", "chart.used",
                                "chart.capacity", "chart.free", "chart.waiting", "chart.walking", "chart.withTransport",
                                "chart.registrations", "chart.none", "error.load", "error.forbidden",
                                "kpi.none", "updated").stream())
                .flatMap(s -> s)
                .forEach(key -> texts.put(key, messages.getMessage("dashboard." + key, null, key, locale)));
        return texts;
    }
}
