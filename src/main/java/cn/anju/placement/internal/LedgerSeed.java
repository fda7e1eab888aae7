package cn.anju.placement.internal;

import cn.anju.application.District;
import cn.anju.placement.internal.ReferenceData.Clinic;
import cn.anju.placement.internal.ReferenceData.School;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger's rows of a school year and of every clinic, brought in line with the city's files in
 * the caller's one transaction: the rows are read at once, and only what is missing is inserted and only
 * what changed is updated, each kind in one JDBC batch. A capacity never goes below the places already in
 * use ({@code greatest}, evaluated on the row, so a seat taken meanwhile on another node still counts).
 */
final class LedgerSeed {

    private static final Logger log = LoggerFactory.getLogger(LedgerSeed.class);

    private record Used(int capacity, int used) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    LedgerSeed(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** How many rows were written; 0 on a start that finds the ledger as the files describe it. */
    int seed(int year, List<School> schools, List<Clinic> clinics) {
        Map<String, Used> grades = new HashMap<>();
        jdbc.sql("select school_code, grade, capacity, taken from school_grade_ledger where school_year = ?")
                .param(year).query(rs -> {
                    grades.put(rs.getString(1) + "/" + rs.getInt(2), new Used(rs.getInt(3), rs.getInt(4)));
                });
        List<Object[]> newGrades = new ArrayList<>();
        List<Object[]> changedGrades = new ArrayList<>();
        for (School school : schools) {
            for (int grade = school.firstGrade(); grade <= school.lastGrade(); grade++) {
                Used now = grades.get(school.code() + "/" + grade);
                if (now == null) {
                    newGrades.add(new Object[] {school.code(), year, grade, school.seatsPerGrade()});
                } else if (changed(now, school.seatsPerGrade(), school.code() + " grade " + grade + " " + year)) {
                    changedGrades.add(new Object[] {school.seatsPerGrade(), school.code(), year, grade});
                }
            }
        }
        Map<String, Used> registrations = new HashMap<>();
        jdbc.sql("select clinic_code, capacity, registered from clinic_ledger")
                .query(rs -> {
                    registrations.put(rs.getString(1), new Used(rs.getInt(2), rs.getInt(3)));
                });
        List<Object[]> newClinics = new ArrayList<>();
        List<Object[]> changedClinics = new ArrayList<>();
        for (Clinic clinic : clinics) {
            Used now = registrations.get(clinic.code());
            if (now == null) {
                newClinics.add(new Object[] {clinic.code(), clinic.capacity()});
            } else if (changed(now, clinic.capacity(), "clinic " + clinic.code())) {
                changedClinics.add(new Object[] {clinic.capacity(), clinic.code()});
            }
        }
        Set<String> counters = new HashSet<>(jdbc.sql("select district, grade from waitlist_counter where school_year = ?")
                .param(year).query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2)).list());
        List<Object[]> newCounters = new ArrayList<>();
        for (District district : District.values()) {
            for (int grade = 1; grade <= 9; grade++) {
                if (!counters.contains(district.name() + "/" + grade)) {
                    newCounters.add(new Object[] {district.name(), year, grade});
                }
            }
        }
        return batch("insert into school_grade_ledger (school_code, school_year, grade, capacity, taken) values (?, ?, ?, ?, 0)",
                newGrades)
                + batch("update school_grade_ledger set capacity = greatest(?, taken)"
                        + " where school_code = ? and school_year = ? and grade = ?", changedGrades)
                + batch("insert into clinic_ledger (clinic_code, capacity, registered) values (?, ?, 0)", newClinics)
                + batch("update clinic_ledger set capacity = greatest(?, registered) where clinic_code = ?", changedClinics)
                + batch("insert into waitlist_counter (district, school_year, grade, issued) values (?, ?, ?, 0)",
                        newCounters);
    }

    /** True when the row's capacity is not what the file says (or, when more are in use, not the places in use). */
    private static boolean changed(Used now, int capacity, String what) {
        if (now.used() > capacity) {
            log.warn("The city's file gives {} {} places, but {} are already in use: capacity kept at {}", what,
                    capacity, now.used(), now.used());
            return now.capacity() != now.used();
        }
        return now.capacity() != capacity;
    }

    private int batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batches.batchUpdate(sql, rows);
        }
        return rows.size();
    }
}
