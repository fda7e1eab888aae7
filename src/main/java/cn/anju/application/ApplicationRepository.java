package cn.anju.application;

import cn.anju.identity.Sex;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The domain tables of an application, read and written with plain SQL. */
@Repository
public class ApplicationRepository {

    private final JdbcClient jdbc;

    public ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Application a) {
        jdbc.sql("""
                insert into application (id, reference, owner_account, city, district, arrival_date, address_line,
                    address_district, status, stage, submitted_at, updated_at)
                values (:id, :reference, :owner, :city, :district, :arrival, :line, :addressDistrict, :status, :stage,
                    :submitted, :submitted)""")
                .param("id", a.id()).param("reference", a.reference()).param("owner", a.ownerAccount())
                .param("city", a.city()).param("district", a.district().name()).param("arrival", a.arrivalDate())
                .param("line", a.addressLine()).param("addressDistrict", a.addressDistrict().name())
                .param("status", a.status().name()).param("stage", a.stage().name())
                .param("submitted", utc(a.submittedAt()))
                .update();
        int position = 0;
        for (Applicant p : a.applicants()) {
            jdbc.sql("""
                    insert into applicant (id, application_id, position, full_name, resident_id, sex, birth_date, phone,
                        relationship, hukou_division_code, employer)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(p.id(), a.id(), position++, p.fullName(), p.residentId(), p.sex().name(), p.birthDate(),
                            p.phone(), p.relationship().name(), p.hukouDivisionCode(), p.employer())
                    .update();
        }
        position = 0;
        for (Child c : a.children()) {
            jdbc.sql("""
                    insert into child (id, application_id, position, full_name, resident_id, sex, birth_date,
                        has_vaccination_certificate)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(c.id(), a.id(), position++, c.fullName(), c.residentId(), c.sex().name(), c.birthDate(),
                            c.hasVaccinationCertificate())
                    .update();
        }
        Housing h = a.housing();
        jdbc.sql("""
                insert into housing_evidence (application_id, type, contract_number, registration_number, deed_number,
                    start_date, end_date)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), h.type().name(), h.contractNumber(), h.registrationNumber(), h.deedNumber(),
                        h.startDate(), h.endDate())
                .update();
    }

    public Optional<Application> findById(UUID id) {
        return jdbc.sql("select * from application where id = ?").param(id)
                .query((rs, n) -> rs.getObject("id", UUID.class)).optional()
                .map(found -> load(id));
    }

    /** The application's owner (its account) and district, enough to decide who may see it. */
    public Optional<Scope> findScope(UUID id) {
        return jdbc.sql("select owner_account, district from application where id = ?").param(id)
                .query((rs, n) -> new Scope(rs.getObject(1, UUID.class), District.valueOf(rs.getString(2)))).optional();
    }

    public record Scope(UUID ownerAccount, District district) {
    }

    /**
     * A page of applications, newest first; owner and district narrow it when given. Only the given
     * conditions are in the SQL, so that the (owner, submitted_at) and (district, submitted_at) indexes
     * serve the page on a large history instead of a scan.
     */
    public List<Summary> findSummaries(UUID owner, District district, int page, int size) {
        List<String> conditions = new ArrayList<>();
        if (owner != null) {
            conditions.add("owner_account = :owner");
        }
        if (district != null) {
            conditions.add("district = :district");
        }
        var query = jdbc.sql("select id, reference, status, stage, district, decision_deadline, submitted_at from application"
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by submitted_at desc, reference desc limit :size offset :offset");
        if (owner != null) {
            query = query.param("owner", owner);
        }
        if (district != null) {
            query = query.param("district", district.name());
        }
        return query.param("size", size).param("offset", page * size)
                .query((rs, n) -> new Summary(rs.getObject("id", UUID.class), rs.getString("reference"),
                        ApplicationStatus.valueOf(rs.getString("status")), Stage.valueOf(rs.getString("stage")),
                        District.valueOf(rs.getString("district")), rs.getObject("decision_deadline", LocalDate.class),
                        instant(rs, "submitted_at")))
                .list();
    }

    public record Summary(UUID id, String reference, ApplicationStatus status, Stage stage, District district,
                          LocalDate decisionDeadline, Instant submittedAt) {
    }

    private Application load(UUID id) {
        List<Applicant> applicants = jdbc.sql("select * from applicant where application_id = ? order by position")
                .param(id).query((rs, n) -> new Applicant(rs.getObject("id", UUID.class), rs.getString("full_name"),
                        rs.getString("resident_id"), Sex.valueOf(rs.getString("sex")),
                        rs.getObject("birth_date", LocalDate.class), rs.getString("phone"),
                        Relationship.valueOf(rs.getString("relationship")), rs.getString("hukou_division_code"),
                        rs.getString("employer")))
                .list();
        List<Child> children = jdbc.sql("select * from child where application_id = ? order by position")
                .param(id).query((rs, n) -> child(rs)).list();
        Housing housing = jdbc.sql("select * from housing_evidence where application_id = ?").param(id)
                .query((rs, n) -> new Housing(HousingType.valueOf(rs.getString("type")), rs.getString("contract_number"),
                        rs.getString("registration_number"), rs.getString("deed_number"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class)))
                .single();
        return jdbc.sql("select * from application where id = ?").param(id)
                .query((rs, n) -> new Application(id, rs.getString("reference"), rs.getObject("owner_account", UUID.class),
                        rs.getString("city"), District.valueOf(rs.getString("district")),
                        rs.getObject("arrival_date", LocalDate.class), rs.getString("address_line"),
                        District.valueOf(rs.getString("address_district")),
                        ApplicationStatus.valueOf(rs.getString("status")), Stage.valueOf(rs.getString("stage")),
                        rs.getObject("decision_deadline", LocalDate.class), rs.getString("decision_reasons"),
                        instant(rs, "submitted_at"), instant(rs, "decided_at"), applicants, children, housing))
                .single();
    }

    private static Child child(ResultSet rs) throws SQLException {
        int grade = rs.getInt("grade");
        Integer gradeOrNull = rs.wasNull() ? null : grade;
        return new Child(rs.getObject("id", UUID.class), rs.getString("full_name"), rs.getString("resident_id"),
                Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class),
                rs.getBoolean("has_vaccination_certificate"),
                new Child.Placement(rs.getString("school_name"), gradeOrNull, rs.getString("transport"),
                        rs.getString("clinic_name"), rs.getString("school_entry"), rs.getString("placement_explanation")));
    }

    public List<StatusEvent> timeline(UUID applicationId) {
        return jdbc.sql("select occurred_at, type, actor, detail from status_event where application_id = ? order by id")
                .param(applicationId)
                .query((rs, n) -> new StatusEvent(instant(rs, "occurred_at"), rs.getString("type"),
                        rs.getString("actor"), rs.getString("detail")))
                .list();
    }

    public void appendEvent(UUID applicationId, String type, String actor, String detail) {
        if (detail != null && detail.length() > 2000) {
            detail = detail.substring(0, 1997) + "...";
        }
        jdbc.sql("insert into status_event (application_id, occurred_at, type, actor, detail) values (?, ?, ?, ?, ?)")
                .params(applicationId, utc(Instant.now()), type, actor, detail)
                .update();
    }

    public Optional<StatusEvent> lastEvent(UUID applicationId, String... types) {
        return jdbc.sql("""
                select occurred_at, type, actor, detail from status_event
                where application_id = :id and type in (:types) order by id desc limit 1""")
                .param("id", applicationId).param("types", List.of(types))
                .query((rs, n) -> new StatusEvent(instant(rs, "occurred_at"), rs.getString("type"),
                        rs.getString("actor"), rs.getString("detail")))
                .optional();
    }

    /** Moves an application to a stage; false when it was already there. */
    public boolean updateStage(UUID id, Stage stage) {
        return jdbc.sql("update application set stage = ?, updated_at = ? where id = ? and stage <> ?")
                .params(stage.name(), utc(Instant.now()), id, stage.name()).update() > 0;
    }

    public void updateStatus(UUID id, ApplicationStatus status, Stage stage) {
        jdbc.sql("update application set status = ?, stage = ?, updated_at = ? where id = ?")
                .params(status.name(), stage.name(), utc(Instant.now()), id).update();
    }

    public void accept(UUID id, LocalDate deadline) {
        jdbc.sql("update application set status = ?, stage = ?, decision_deadline = ?, updated_at = ? where id = ?")
                .params(ApplicationStatus.IN_REVIEW.name(), Stage.ELIGIBILITY_CHECK.name(), deadline,
                        utc(Instant.now()), id)
                .update();
    }

    /** Moves the decision deadline by the days the office waited for the family; returns the new one. */
    public LocalDate extendDeadline(UUID id, long days) {
        LocalDate deadline = jdbc.sql("select decision_deadline from application where id = ?").param(id)
                .query(LocalDate.class).single().plusDays(days);
        jdbc.sql("update application set decision_deadline = ?, updated_at = ? where id = ?")
                .params(deadline, utc(Instant.now()), id).update();
        return deadline;
    }

    /** The items of the one-time notice still awaiting the family's answer. */
    public List<String> missingItems(UUID applicationId) {
        return openRequest(applicationId).map(OpenRequest::items).orElse(List.of());
    }

    /** The open notice with its answer date, for telling the family what to send by when. */
    public Optional<OpenRequest> openRequest(UUID applicationId) {
        return jdbc.sql("""
                select items, respond_by from missing_item_notice where application_id = ? and answered_at is null
                order by sent_at desc limit 1""")
                .param(applicationId)
                .query((rs, n) -> new OpenRequest(java.util.Arrays.stream(rs.getString(1).split("\n")).toList(),
                        instant(rs, "respond_by")))
                .optional();
    }

    /** Stored beside the application (not in its record) so that the family's contact is read only where needed. */
    public void recordContact(UUID applicationId, Contact contact) {
        jdbc.sql("update application set email = ?, language = ? where id = ?")
                .params(contact.email(), contact.language().tag(), applicationId).update();
    }

    public Optional<Contact> contactOf(UUID applicationId) {
        return jdbc.sql("select email, language from application where id = ?").param(applicationId)
                .query((rs, n) -> new Contact(rs.getString(1), FamilyLanguage.of(rs.getString(2))))
                .optional();
    }

    public void decide(UUID id, ApplicationStatus status, String reasons) {
        Instant now = Instant.now();
        jdbc.sql("""
                update application set status = ?, stage = ?, decision_reasons = ?, decided_at = ?, updated_at = ?
                where id = ?""")
                .params(status.name(), Stage.CLOSED.name(), reasons, utc(now), utc(now), id).update();
    }

    public void recordPlacement(UUID childId, Child.Placement placement) {
        jdbc.sql("""
                update child set school_name = ?, grade = ?, transport = ?, clinic_name = ?, school_entry = ?,
                    placement_explanation = ?, placed_at = ? where id = ?""")
                .params(placement.schoolName(), placement.grade(), placement.transport(), placement.clinicName(),
                        placement.schoolEntry(), placement.explanation(), utc(Instant.now()), childId)
                .update();
    }

    public boolean isPlaced(UUID childId) {
        return jdbc.sql("select count(*) from child where id = ? and placed_at is not null").param(childId)
                .query(Long.class).single() > 0;
    }

    public Optional<LocalDate> birthDateOfChild(UUID childId) {
        return jdbc.sql("select birth_date from child where id = ?").param(childId).query(LocalDate.class).optional();
    }

    /** A child with where its family lives: what placement needs, in one query. */
    public record ChildAtHome(UUID childId, UUID applicationId, District district, String addressLine,
                              LocalDate birthDate, boolean hasVaccinationCertificate, String schoolEntry,
                              ApplicationStatus applicationStatus) {
    }

    public Optional<ChildAtHome> childAtHome(UUID childId) {
        return jdbc.sql("""
                select c.id, c.application_id, a.address_district, a.address_line, c.birth_date,
                       c.has_vaccination_certificate, c.school_entry, a.status
                from child c join application a on a.id = c.application_id where c.id = ?""")
                .param(childId)
                .query((rs, n) -> new ChildAtHome(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        District.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDate.class),
                        rs.getBoolean(6), rs.getString(7), ApplicationStatus.valueOf(rs.getString(8))))
                .optional();
    }

    /** The application a reference names, with its office and home districts: what its processes may carry. */
    public record Keys(UUID id, District district, District addressDistrict) {
    }

    public Optional<Keys> keysOf(String reference) {
        return jdbc.sql("select id, district, address_district from application where reference = ?").param(reference)
                .query((rs, n) -> new Keys(rs.getObject(1, UUID.class), District.valueOf(rs.getString(2)),
                        District.valueOf(rs.getString(3))))
                .optional();
    }

    public Optional<String> referenceOf(UUID applicationId) {
        return jdbc.sql("select reference from application where id = ?").param(applicationId).query(String.class).optional();
    }

    public Optional<UUID> applicationOfChild(UUID childId) {
        return jdbc.sql("select application_id from child where id = ?").param(childId).query(UUID.class).optional();
    }

    public List<UUID> childIds(UUID applicationId) {
        return jdbc.sql("select id from child where application_id = ? order by position").param(applicationId)
                .query(UUID.class).list();
    }

    public Map<ApplicationStatus, Long> countByStatus() {
        return jdbc.sql("select status, count(*) from application group by status")
                .query((rs, n) -> Map.entry(ApplicationStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
