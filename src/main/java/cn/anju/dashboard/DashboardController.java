package cn.anju.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The figures for managers (SecurityConfig admits no one else): JSON for the page, CSV for a spreadsheet. */
@RestController
class DashboardController {

    private final DashboardService dashboard;
    private final DashboardCsv csv;

    DashboardController(DashboardService dashboard, DashboardCsv csv) {
        this.dashboard = dashboard;
        this.csv = csv;
    }

    @GetMapping(path = "/api/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    Dashboard figures(@RequestParam(required = false) String district, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to) {
        return dashboard.figures(dashboard.filter(district, from, to));
    }

    @GetMapping("/api/dashboard.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String district,
                                  @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to, Locale locale) {
        Dashboard figures = dashboard.figures(dashboard.filter(district, from, to));
        String name = "anju-dashboard-" + (figures.filter().district() == null ? "all"
                : figures.filter().district().key()) + "-" + figures.filter().from() + "-" + figures.filter().to() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(csv.render(figures, locale));
    }
}
