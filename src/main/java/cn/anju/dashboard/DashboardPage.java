package cn.anju.dashboard;

import cn.anju.application.District;
import cn.anju.application.FamilyLanguage;
import cn.anju.web.PageData;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
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

    private final PageData pageData;

    DashboardPage(PageData pageData) {
        this.pageData = pageData;
    }

    @GetMapping("/dashboard")
    String page(@RequestParam(required = false) String district, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, Locale locale, Model model) {
        boolean zh = FamilyLanguage.of(locale) == FamilyLanguage.ZH_CN;
        model.addAttribute("districts", Arrays.stream(District.values())
                .map(d -> new DistrictOption(d.englishName(), zh ? d.chineseName() : d.englishName())).toList());
        model.addAttribute("district", district);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        // The script's texts: the dashboard bundle, whose keys the CSV export reads too.
        model.addAttribute(PageData.ATTRIBUTE, pageData.of(locale, "i18n/dashboard", "dashboard.", Map.of()));
        return "dashboard";
    }
}
