package cn.anju.placement.internal;

import cn.anju.placement.PlacementService.SchoolBasis;
import cn.anju.placement.internal.ReferenceData.School;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The school_seat table: one row per child, its seat or its waitlist ticket. */
@Repository
class SeatRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    SeatRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Seat> of(UUID childId) {
        return jdbc.sql("select * from school_seat where child_id = ?").param(childId).query(SeatRepository::row).optional();
    }

    /** The seats of an application not given back yet. */
    List<Seat> keptBy(UUID applicationId) {
        return jdbc.sql("select * from school_seat where application_id = ? and status <> ?")
                .params(applicationId, SeatStatus.RELEASED.name()).query(SeatRepository::row).list();
    }

    void delete(UUID childId) {
        jdbc.sql("delete from school_seat where child_id = ?").param(childId).update();
    }

    void insert(UUID childId, Family family, int year, int grade, School school, SeatStatus status, SchoolBasis basis) {
        jdbc.sql("""
                insert into school_seat (child_id, application_id, district, school_year, grade, school_code, status, basis,
                    distance_km, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(childId, family.applicationId(), family.district().name(), year, grade,
                        school == null ? null : school.code(), status.name(), basis.name(),
                        school == null ? null : Km.column(family.distanceTo(school.location())), now())
                .update();
    }

    void ticket(UUID childId, int waitlistTicket) {
        jdbc.sql("update school_seat set waitlist_ticket = ? where child_id = ?").params(waitlistTicket, childId).update();
    }

    /** Schools where a brother or sister holds or has a seat, the earliest placed first. */
    List<String> siblingSchools(UUID applicationId, UUID childId) {
        return jdbc.sql("""
                select school_code from school_seat where application_id = ? and child_id <> ?
                  and school_code is not null and status in (?, ?) order by updated_at""")
                .params(applicationId, childId, SeatStatus.HELD.name(), SeatStatus.TAKEN.name())
                .query(String.class).list();
    }

    int waitlistPosition(String district, int schoolYear, int grade, Integer ticket) {
        return jdbc.sql("""
                select count(*) from school_seat where district = ? and school_year = ? and grade = ?
                  and status = ? and waitlist_ticket <= ?""")
                .params(district, schoolYear, grade, SeatStatus.WAITLISTED.name(), ticket).query(Integer.class).single();
    }

    Optional<UUID> firstWaiting(String district, int schoolYear, int grade) {
        return jdbc.sql("""
                select child_id from school_seat where district = ? and school_year = ? and grade = ? and status = ?
                order by waitlist_ticket fetch first 1 rows only""")
                .params(district, schoolYear, grade, SeatStatus.WAITLISTED.name()).query(UUID.class).optional();
    }

    /** An officer's seat: its state by {@link SeatState}, read when the row is written. */
    void override(UUID childId, School school, int grade, Double distanceKm, String reason) {
        jdbc.sql("""
                update school_seat set school_code = ?, grade = ?, basis = ?, distance_km = ?, override_reason = ?,
                    waitlist_ticket = null, status = %s, updated_at = ? where child_id = ?""".formatted(SeatState.seatSql()))
                .params(school.code(), grade, SchoolBasis.OVERRIDE.name(), Km.column(distanceKm), reason, now(), childId)
                .update();
    }

    /** The freed seat for a waiting child, if it still waits; false if it was placed otherwise meanwhile. */
    boolean fromWaitlist(UUID childId, School school, Double distanceKm) {
        return jdbc.sql("""
                update school_seat set school_code = ?, basis = ?, distance_km = ?, waitlist_ticket = null,
                    status = %s, updated_at = ? where child_id = ? and status = ?""".formatted(SeatState.seatSql()))
                .params(school.code(), SchoolBasis.FROM_WAITLIST.name(), Km.column(distanceKm), now(), childId,
                        SeatStatus.WAITLISTED.name())
                .update() == 1;
    }

    /** The application's held seats become the state its approval gives them. */
    void keep(UUID applicationId, SeatStatus kept) {
        jdbc.sql("update school_seat set status = ?, updated_at = ? where application_id = ? and status = ?")
                .params(kept.name(), now(), applicationId, SeatStatus.HELD.name()).update();
    }

    /** Every seat of the application given back; returns how many. */
    int release(UUID applicationId) {
        return jdbc.sql("update school_seat set status = ?, updated_at = ? where application_id = ? and status <> ?")
                .params(SeatStatus.RELEASED.name(), now(), applicationId, SeatStatus.RELEASED.name()).update();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Seat row(ResultSet rs, int n) throws SQLException {
        int ticket = rs.getInt("waitlist_ticket");
        Integer waitlistTicket = rs.wasNull() ? null : ticket;
        BigDecimal km = rs.getBigDecimal("distance_km");
        return new Seat(rs.getObject("child_id", UUID.class), rs.getString("school_code"), rs.getInt("school_year"),
                rs.getInt("grade"), SeatStatus.valueOf(rs.getString("status")), SchoolBasis.valueOf(rs.getString("basis")),
                km == null ? null : km.doubleValue(), waitlistTicket, rs.getString("override_reason"));
    }
}
