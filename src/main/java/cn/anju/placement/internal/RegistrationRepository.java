package cn.anju.placement.internal;

import cn.anju.placement.internal.ReferenceData.Clinic;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clinic_registration table (one row per child) and the child's health checks due. */
@Repository
class RegistrationRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    RegistrationRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Registration> of(UUID childId) {
        return jdbc.sql("select * from clinic_registration where child_id = ?").param(childId)
                .query(RegistrationRepository::row).optional();
    }

    List<Registration> keptBy(UUID applicationId) {
        return jdbc.sql("select * from clinic_registration where application_id = ? and status <> ?")
                .params(applicationId, RegistrationStatus.RELEASED.name()).query(RegistrationRepository::row).list();
    }

    void delete(UUID childId) {
        jdbc.sql("delete from clinic_registration where child_id = ?").param(childId).update();
    }

    /** The clinic chosen, or none (no capacity left anywhere). */
    void insert(UUID childId, Family family, Clinic chosen) {
        jdbc.sql("""
                insert into clinic_registration (child_id, application_id, district, clinic_code, status, basis,
                    distance_km, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(childId, family.applicationId(), family.district().name(),
                        chosen == null ? null : chosen.code(),
                        (chosen == null ? RegistrationStatus.NO_CAPACITY : family.registrationStatus()).name(),
                        (chosen == null ? ClinicBasis.NONE
                                : chosen.district() == family.district() ? ClinicBasis.NEAREST : ClinicBasis.OTHER_DISTRICT).name(),
                        chosen == null ? null : Km.column(family.distanceTo(chosen.location())), now())
                .update();
    }

    /** A health officer's clinic: its state by {@link SeatState}, read when the row is written. */
    void override(UUID childId, Clinic clinic, Double distanceKm, String reason) {
        jdbc.sql("""
                update clinic_registration set clinic_code = ?, basis = ?, distance_km = ?, override_reason = ?,
                    status = %s, updated_at = ? where child_id = ?""".formatted(SeatState.registrationSql()))
                .params(clinic.code(), ClinicBasis.OVERRIDE.name(), Km.column(distanceKm), reason, now(), childId).update();
    }

    void keep(UUID applicationId, RegistrationStatus kept) {
        jdbc.sql("update clinic_registration set status = ?, updated_at = ? where application_id = ? and status = ?")
                .params(kept.name(), now(), applicationId, RegistrationStatus.HELD.name()).update();
    }

    int release(UUID applicationId) {
        return jdbc.sql("update clinic_registration set status = ?, updated_at = ? where application_id = ? and status <> ?")
                .params(RegistrationStatus.RELEASED.name(), now(), applicationId, RegistrationStatus.RELEASED.name())
                .update();
    }

    /** The checks still due, by the child's age in months. */
    void scheduleHealthChecks(UUID childId, Map<Integer, LocalDate> dueByAgeInMonths) {
        jdbc.sql("delete from health_check where child_id = ?").param(childId).update();
        dueByAgeInMonths.forEach((months, due) -> jdbc.sql(
                "insert into health_check (child_id, age_months, due_on) values (?, ?, ?)").params(childId, months, due).update());
    }

    List<LocalDate> healthChecks(UUID childId) {
        return jdbc.sql("select due_on from health_check where child_id = ? order by due_on").param(childId)
                .query(LocalDate.class).list();
    }

    void cancelHealthChecks(UUID applicationId) {
        jdbc.sql("delete from health_check where child_id in (select id from child where application_id = ?)")
                .param(applicationId).update();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Registration row(ResultSet rs, int n) throws SQLException {
        BigDecimal km = rs.getBigDecimal("distance_km");
        return new Registration(rs.getObject("child_id", UUID.class), rs.getString("clinic_code"),
                RegistrationStatus.valueOf(rs.getString("status")), ClinicBasis.valueOf(rs.getString("basis")),
                km == null ? null : km.doubleValue(), rs.getString("override_reason"));
    }
}
