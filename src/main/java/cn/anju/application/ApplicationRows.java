package cn.anju.application;

import static cn.anju.application.Columns.instant;

import cn.anju.identity.Sex;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The rows of the aggregate's tables as its records: one place that knows the column names. Identity and
 * phone numbers are read from their sealed columns; a row written before V16 and not yet sealed
 * (PlainColumnsSealer) from its plain ones.
 */
final class ApplicationRows {

    /** Associated data of the sealed columns: a value sealed for one cannot be opened as the other. */
    static final String RESIDENT_ID = "resident_id";
    static final String PHONE = "phone";

    private final SealedColumns sealed;

    ApplicationRows(SealedColumns sealed) {
        this.sealed = sealed;
    }

    private String read(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column + "_sealed");
        return value != null ? sealed.open(column, value) : rs.getString(column);
    }

    Applicant applicant(ResultSet rs) throws SQLException {
        return new Applicant(rs.getObject("id", UUID.class), rs.getString("full_name"),
                read(rs, RESIDENT_ID), Sex.valueOf(rs.getString("sex")),
                rs.getObject("birth_date", LocalDate.class), read(rs, PHONE),
                Relationship.valueOf(rs.getString("relationship")), rs.getString("hukou_division_code"),
                rs.getString("employer"));
    }

    Child child(ResultSet rs) throws SQLException {
        int grade = rs.getInt("grade");
        Integer gradeOrNull = rs.wasNull() ? null : grade;
        return new Child(rs.getObject("id", UUID.class), rs.getString("full_name"), read(rs, RESIDENT_ID),
                Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class),
                rs.getBoolean("has_vaccination_certificate"),
                new Child.Placement(rs.getString("school_name"), gradeOrNull, rs.getString("transport"),
                        rs.getString("clinic_name"), rs.getString("school_entry"), rs.getString("placement_explanation")));
    }

    static Housing housing(ResultSet rs) throws SQLException {
        return new Housing(HousingType.valueOf(rs.getString("type")), rs.getString("contract_number"),
                rs.getString("registration_number"), rs.getString("deed_number"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class));
    }

    static Application application(ResultSet rs, List<Applicant> applicants, List<Child> children, Housing housing)
            throws SQLException {
        return new Application(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("owner_account", UUID.class), rs.getString("city"),
                District.valueOf(rs.getString("district")), rs.getObject("arrival_date", LocalDate.class),
                rs.getString("address_line"), District.valueOf(rs.getString("address_district")),
                ApplicationStatus.valueOf(rs.getString("status")), Stage.valueOf(rs.getString("stage")),
                rs.getObject("decision_deadline", LocalDate.class), rs.getString("decision_reasons"),
                instant(rs, "submitted_at"), instant(rs, "decided_at"), applicants, children, housing);
    }
}
