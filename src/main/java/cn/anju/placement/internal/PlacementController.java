package cn.anju.placement.internal;

import cn.anju.application.District;
import cn.anju.placement.PlacementService;
import cn.anju.security.AnjuUser;
import cn.anju.security.CurrentUser;
import cn.anju.web.ApiException;
import cn.anju.web.FieldProblem;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For staff (the officers' forms link here): the schools and clinics of a district with their free places. */
@RestController
@RequestMapping("/api/placement")
class PlacementController {

    record SchoolView(String code, String name, District district, int firstGrade, int lastGrade, int seatsPerGrade,
                      Integer freeSeats, double lat, double lon) {
    }

    record ClinicView(String code, String name, District district, int capacity, int freePlaces, double lat, double lon) {
    }

    private final ReferenceData city;
    private final PlacementService placements;

    PlacementController(ReferenceData city, PlacementService placements) {
        this.city = city;
        this.placements = placements;
    }

    /** Schools of the district; with a grade, only those teaching it, and their free seats this school year. */
    @GetMapping("/schools")
    List<SchoolView> schools(@RequestParam String district, @RequestParam(required = false) Integer grade) {
        District d = staffAnd(district);
        if (grade != null && (grade < 1 || grade > 9)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Grades are 1-9", List.of(new FieldProblem("grade", "must be 1-9")));
        }
        return city.schools().stream()
                .filter(s -> s.district() == d && (grade == null || s.teaches(grade)))
                .map(s -> new SchoolView(s.code(), s.name(), s.district(), s.firstGrade(), s.lastGrade(), s.seatsPerGrade(),
                        grade == null ? null : placements.freeSeats(s.code(), grade), s.location().lat(), s.location().lon()))
                .toList();
    }

    @GetMapping("/clinics")
    List<ClinicView> clinics(@RequestParam String district) {
        District d = staffAnd(district);
        return city.clinics().stream().filter(c -> c.district() == d)
                .map(c -> new ClinicView(c.code(), c.name(), c.district(), c.capacity(), placements.freeRegistrations(c.code()),
                        c.location().lat(), c.location().lon()))
                .toList();
    }

    private static District staffAnd(String district) {
        AnjuUser user = CurrentUser.get();
        if (!user.isStaff()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Schools' and clinics' capacity is for staff");
        }
        return District.parse(district).or(() -> {
            try {
                return java.util.Optional.of(District.valueOf(district.trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return java.util.Optional.empty();
            }
        }).orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "Unknown district",
                List.of(new FieldProblem("district", "must be a district of " + District.CITY))));
    }
}
