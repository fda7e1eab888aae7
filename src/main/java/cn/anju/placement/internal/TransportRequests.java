package cn.anju.placement.internal;

import cn.anju.application.CaseLog;
import cn.anju.application.TimelineEntryType;
import cn.anju.placement.PlacementService.TransportPlan;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The transport authority's queue (transport_request): one request per child who cannot walk, kept in step with its seat. */
@Component
public class TransportRequests {

    private static final String REQUESTED = "REQUESTED";
    private static final String CANCELLED = "CANCELLED";

    private final JdbcClient jdbc;
    private final Families families;
    private final SeatRepository seats;
    private final SchoolOutcomes outcomes;
    private final CaseLog caseLog;
    private final Explanations texts;
    private final Clock clock;

    TransportRequests(JdbcClient jdbc, Families families, SeatRepository seats, SchoolOutcomes outcomes, CaseLog caseLog,
                      Explanations texts, Clock clock) {
        this.jdbc = jdbc;
        this.families = families;
        this.seats = seats;
        this.outcomes = outcomes;
        this.caseLog = caseLog;
        this.texts = texts;
        this.clock = clock;
    }

    /** Hands a child who cannot walk to school to the transport authority's queue. */
    public TransportPlan handOver(UUID childId) {
        Family family = families.of(childId);
        Seat seat = seats.of(childId).orElseThrow(() -> new IllegalStateException("child " + childId + " has no seat"));
        TransportPlan plan = outcomes.of(seat, family).transport();
        sync(childId, family, seat, plan);
        return plan;
    }

    /** Requests the plan's transport (once; again after a change), or cancels a request no longer needed. */
    void sync(UUID childId, Family family, Seat seat, TransportPlan plan) {
        Optional<String> current = jdbc.sql("select kind || ':' || coalesce(bus_route, '') || ':' || school_code || ':' || status"
                + " from transport_request where child_id = ?").param(childId).query(String.class).optional();
        if (!plan.needed() || seat.schoolCode() == null) {
            if (current.isPresent() && current.get().endsWith(":" + REQUESTED)) {
                jdbc.sql("update transport_request set status = ?, updated_at = ? where child_id = ?")
                        .params(CANCELLED, now(), childId).update();
                caseLog.record(family.applicationId(), TimelineEntryType.TRANSPORT_CANCELLED, CaseLog.SYSTEM, "child " + childId);
            }
            return;
        }
        String wanted = plan.kind() + ":" + (plan.route() == null ? "" : plan.route()) + ":" + seat.schoolCode() + ":" + REQUESTED;
        if (current.isPresent() && current.get().equals(wanted)) {
            return;
        }
        if (current.isPresent()) {
            jdbc.sql("delete from transport_request where child_id = ?").param(childId).update();
        }
        jdbc.sql("""
                insert into transport_request (child_id, application_id, district, school_code, kind, bus_route, bus_stop,
                    distance_km, status, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(childId, family.applicationId(), family.district().name(), seat.schoolCode(),
                        plan.kind().name(), plan.route(), plan.stop(), Km.column(plan.distanceKm()), REQUESTED, now())
                .update();
        caseLog.record(family.applicationId(), TimelineEntryType.TRANSPORT_REQUESTED, CaseLog.SYSTEM,
                "child " + childId + ": " + texts.transport(plan));
    }

    /** The application was refused or withdrawn: its children need no transport. */
    void cancelAll(UUID applicationId) {
        jdbc.sql("update transport_request set status = ?, updated_at = ? where application_id = ? and status = ?")
                .params(CANCELLED, now(), applicationId, REQUESTED).update();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
