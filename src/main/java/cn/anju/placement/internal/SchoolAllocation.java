package cn.anju.placement.internal;

import cn.anju.placement.PlacementService.SchoolBasis;
import cn.anju.placement.PlacementService.SchoolOutcome;
import cn.anju.placement.SchoolAge;
import cn.anju.placement.internal.ReferenceData.Catchment;
import cn.anju.placement.internal.ReferenceData.School;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A seat at a brother's or sister's school when its grade has one free (siblings go together where
 * seats allow), else in the catchment school of the family's street, else at the nearest school of
 * the district with a free seat, else a ticket on the district's waitlist.
 */
@Component
public class SchoolAllocation {

    private final Families families;
    private final SeatRepository seats;
    private final SchoolOutcomes outcomes;
    private final ReferenceData city;
    private final Ledger ledger;
    private final SchoolAge schoolAge;

    SchoolAllocation(Families families, SeatRepository seats, SchoolOutcomes outcomes, ReferenceData city, Ledger ledger,
                     SchoolAge schoolAge) {
        this.families = families;
        this.seats = seats;
        this.outcomes = outcomes;
        this.city = city;
        this.ledger = ledger;
        this.schoolAge = schoolAge;
    }

    /** Idempotent: a retried job finds the seat (or ticket) of the first attempt; a released one is replaced. */
    public SchoolOutcome allocate(UUID childId, int grade) {
        Family family = families.of(childId);
        families.lock(family.applicationId());
        Optional<Seat> existing = seats.of(childId);
        if (existing.isPresent() && !existing.get().released()) {
            return outcomes.of(existing.get(), family);
        }
        existing.ifPresent(released -> seats.delete(childId));
        int year = schoolAge.schoolYearStart();
        for (Map.Entry<School, SchoolBasis> candidate : candidates(family, childId, grade).entrySet()) {
            School school = candidate.getKey();
            if (ledger.takeSeat(school.code(), year, grade)) {
                seats.insert(childId, family, year, grade, school, family.seatStatus(), candidate.getValue());
                return outcomes.of(seats.of(childId).orElseThrow(), family);
            }
        }
        seats.insert(childId, family, year, grade, null, SeatStatus.WAITLISTED, SchoolBasis.WAITLIST);
        seats.ticket(childId, ledger.nextWaitlistTicket(family.district().name(), year, grade));
        return outcomes.of(seats.of(childId).orElseThrow(), family);
    }

    /** Free seats in a grade of a school this school year. */
    public int freeSeats(String schoolCode, int grade) {
        return ledger.freeSeats(schoolCode, schoolAge.schoolYearStart(), grade);
    }

    /**
     * Where to look, in order: a school where a brother or sister already has a seat, the catchment
     * schools of the family's street, then every school of the district from the nearest.
     */
    private Map<School, SchoolBasis> candidates(Family family, UUID childId, int grade) {
        Map<School, SchoolBasis> ordered = new LinkedHashMap<>();
        List<String> catchment = family.catchment().map(Catchment::schoolCodes).orElse(List.of());
        for (String code : seats.siblingSchools(family.applicationId(), childId)) {
            city.school(code).filter(s -> s.teaches(grade)).ifPresent(s ->
                    ordered.put(s, catchment.contains(code) ? SchoolBasis.CATCHMENT : SchoolBasis.SIBLING));
        }
        for (String code : catchment) {
            city.school(code).filter(s -> s.teaches(grade)).ifPresent(s -> ordered.putIfAbsent(s, SchoolBasis.CATCHMENT));
        }
        city.schools().stream()
                .filter(s -> s.district() == family.district() && s.teaches(grade))
                .sorted(Comparator.comparingDouble(s -> family.origin().kmTo(s.location())))
                .forEach(s -> ordered.putIfAbsent(s, SchoolBasis.NEAREST));
        return ordered;
    }
}
