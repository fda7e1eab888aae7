package cn.anju.dashboard;

import cn.anju.application.ApplicationStatus;
import cn.anju.application.District;
import cn.anju.application.Stage;
import cn.anju.dashboard.Dashboard.Backlog;
import cn.anju.dashboard.Dashboard.ClinicRegistrations;
import cn.anju.dashboard.Dashboard.Count;
import cn.anju.dashboard.Dashboard.Kpis;
import cn.anju.dashboard.Dashboard.SchoolSeats;
import cn.anju.dashboard.Dashboard.Seats;
import cn.anju.dashboard.Dashboard.Waitlist;
import cn.anju.dashboard.DashboardQueries.StatusStage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts the dashboard's figures together: every status, stage and district listed, zeros included. */
@Service
@Transactional(readOnly = true)
class DashboardService {

    private final DashboardQueries queries;
    private final PlacementFigures ledger;
    private final CityDirectory city;
    private final Clock clock;

    DashboardService(DashboardQueries queries, PlacementFigures ledger, CityDirectory city, Clock clock) {
        this.queries = queries;
        this.ledger = ledger;
        this.city = city;
        this.clock = clock;
    }

    DashboardFilter filter(String district, String from, String to) {
        return DashboardFilter.parse(district, from, to, LocalDate.now(clock), clock.getZone());
    }

    Dashboard figures(DashboardFilter f) {
        List<StatusStage> rows = queries.statusAndStage(f);
        Map<String, Long> byStatus = sum(rows, StatusStage::status);
        Map<String, Long> byStage = sum(rows, StatusStage::stage);
        long approved = byStatus.getOrDefault(ApplicationStatus.APPROVED.name(), 0L);
        long rejected = byStatus.getOrDefault(ApplicationStatus.REJECTED.name(), 0L);
        long automatic = rows.stream().mapToLong(StatusStage::automatic).sum();
        Double median = queries.medianSecondsToDecision(f);

        List<District> districts = f.district() == null ? List.of(District.values()) : List.of(f.district());
        var open = queries.openCases(f).stream()
                .collect(Collectors.toMap(DashboardQueries.OpenCases::district, Function.identity()));
        List<Backlog> backlog = districts.stream().map(d -> {
            var o = open.get(d.name());
            return o == null ? new Backlog(d, d.chineseName(), d.englishName(), 0, 0, 0)
                    : new Backlog(d, d.chineseName(), d.englishName(), o.open(), o.dueSoon(), o.overdue());
        }).toList();
        var waiting = ledger.waitlist(f).stream()
                .collect(Collectors.toMap(PlacementFigures.DistrictCount::key, PlacementFigures.DistrictCount::count));
        List<Waitlist> waitlist = districts.stream()
                .map(d -> new Waitlist(d, d.chineseName(), d.englishName(), waiting.getOrDefault(d.name(), 0L))).toList();

        List<SchoolSeats> schools = ledger.seatsBySchool().stream()
                .flatMap(s -> city.school(s.schoolCode()).stream()
                        .filter(p -> f.district() == null || p.district() == f.district())
                        .map(p -> new SchoolSeats(p.code(), p.district(), p.nameZh(), p.nameEn(), s.used(), s.capacity())))
                .toList();
        List<Seats> seats = districts.stream().map(d -> new Seats(d, d.chineseName(), d.englishName(),
                schools.stream().filter(s -> s.district() == d).mapToLong(SchoolSeats::used).sum(),
                schools.stream().filter(s -> s.district() == d).mapToLong(SchoolSeats::capacity).sum())).toList();

        var way = queries.schoolWay(f);
        List<ClinicRegistrations> clinics = ledger.clinicRegistrations(f).stream()
                .map(c -> city.clinic(c.key())
                        .map(p -> new ClinicRegistrations(p.code(), p.district(), p.nameZh(), p.nameEn(), c.count()))
                        .orElse(new ClinicRegistrations(c.key(), null, c.key(), c.key(), c.count())))
                .toList();

        var kpis = new Kpis(byStatus.values().stream().mapToLong(Long::longValue).sum(),
                backlog.stream().mapToLong(Backlog::open).sum(), approved, rejected,
                byStatus.getOrDefault(ApplicationStatus.WITHDRAWN.name(), 0L), automatic,
                backlog.stream().mapToLong(Backlog::dueSoon).sum(), backlog.stream().mapToLong(Backlog::overdue).sum(),
                median == null ? null : round(median / 86_400, 1),
                median == null ? null : round(median / 3_600, 1),
                approved + rejected == 0 ? null : round((double) approved / (approved + rejected), 3),
                approved + rejected == 0 ? null : round((double) automatic / (approved + rejected), 3),
                waitlist.stream().mapToLong(Waitlist::waiting).sum(),
                seats.stream().mapToLong(Seats::used).sum(), seats.stream().mapToLong(Seats::capacity).sum(),
                way.walking(), way.withTransport(), clinics.stream().mapToLong(ClinicRegistrations::registrations).sum());
        return new Dashboard(new Dashboard.Filter(f.district(), f.from(), f.to(), f.today()), kpis,
                counts(ApplicationStatus.values(), byStatus), counts(Stage.values(), byStage), backlog, seats, schools,
                waitlist, way, clinics);
    }

    private static Map<String, Long> sum(List<StatusStage> rows, Function<StatusStage, String> key) {
        return rows.stream().collect(Collectors.groupingBy(key, Collectors.summingLong(StatusStage::count)));
    }

    private static List<Count> counts(Enum<?>[] keys, Map<String, Long> counted) {
        return Arrays.stream(keys).map(k -> new Count(k.name(), counted.getOrDefault(k.name(), 0L))).toList();
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
