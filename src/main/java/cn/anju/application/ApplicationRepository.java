package cn.anju.application;

import static cn.anju.application.Columns.utc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The aggregate: an application with its applicants, children and housing evidence, read and written
 * with plain SQL. Its status and timeline are {@link StatusProjection} and {@link Timeline}.
 */
@Repository
public class ApplicationRepository {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SealedColumns sealed;
    private final ApplicationRows rows;

    public ApplicationRepository(JdbcClient jdbc, Clock clock, SealedColumns sealed) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sealed = sealed;
        this.rows = new ApplicationRows(sealed);
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
                    insert into applicant (id, application_id, position, full_name, resident_id_sealed, resident_id_hash,
                        sex, birth_date, phone_sealed, relationship, hukou_division_code, employer)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(p.id(), a.id(), position++, p.fullName(), sealed.seal(ApplicationRows.RESIDENT_ID,
                                    p.residentId()), sealed.lookupHash(p.residentId()), p.sex().name(), p.birthDate(),
                            sealed.seal(ApplicationRows.PHONE, p.phone()), p.relationship().name(),
                            p.hukouDivisionCode(), p.employer())
                    .update();
        }
        position = 0;
        for (Child c : a.children()) {
            jdbc.sql("""
                    insert into child (id, application_id, position, full_name, resident_id_sealed, resident_id_hash,
                        sex, birth_date, has_vaccination_certificate)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(c.id(), a.id(), position++, c.fullName(), sealed.seal(ApplicationRows.RESIDENT_ID,
                                    c.residentId()), sealed.lookupHash(c.residentId()), c.sex().name(), c.birthDate(),
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
        return jdbc.sql("select id from application where id = ?").param(id)
                .query((rs, n) -> rs.getObject("id", UUID.class)).optional()
                .map(this::load);
    }

    private Application load(UUID id) {
        List<Applicant> applicants = jdbc.sql("select * from applicant where application_id = ? order by position")
                .param(id).query((rs, n) -> rows.applicant(rs)).list();
        List<Child> children = jdbc.sql("select * from child where application_id = ? order by position")
                .param(id).query((rs, n) -> rows.child(rs)).list();
        Housing housing = jdbc.sql("select * from housing_evidence where application_id = ?").param(id)
                .query((rs, n) -> ApplicationRows.housing(rs)).single();
        return jdbc.sql("select * from application where id = ?").param(id)
                .query((rs, n) -> ApplicationRows.application(rs, applicants, children, housing)).single();
    }

    /** The application's owner (its account) and district, enough to decide who may see it. */
    public Optional<Scope> findScope(UUID id) {
        return jdbc.sql("select owner_account, district from application where id = ?").param(id)
                .query((rs, n) -> new Scope(rs.getObject(1, UUID.class), District.valueOf(rs.getString(2)))).optional();
    }

    public record Scope(UUID ownerAccount, District district) {
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

    public void recordPlacement(UUID childId, Child.Placement placement) {
        jdbc.sql("""
                update child set school_name = ?, grade = ?, transport = ?, clinic_name = ?, school_entry = ?,
                    placement_explanation = ?, placed_at = ? where id = ?""")
                .params(placement.schoolName(), placement.grade(), placement.transport(), placement.clinicName(),
                        placement.schoolEntry(), placement.explanation(), utc(Instant.now(clock)), childId)
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

    /** The applications in which a child with this identity number is listed, found by its lookup hash. */
    public List<UUID> applicationsWithChild(String residentId) {
        return jdbc.sql("select distinct application_id from child where resident_id_hash = ?")
                .param(sealed.lookupHash(residentId)).query(UUID.class).list();
    }

    public List<UUID> childIds(UUID applicationId) {
        return jdbc.sql("select id from child where application_id = ? order by position").param(applicationId)
                .query(UUID.class).list();
    }
}
