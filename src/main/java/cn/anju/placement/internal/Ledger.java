package cn.anju.placement.internal;

import cn.anju.application.District;
import cn.anju.placement.SchoolAge;
import cn.anju.placement.internal.ReferenceData.Clinic;
import cn.anju.placement.internal.ReferenceData.School;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seats per school grade and school year, and new registrations per clinic. A seat is taken by one
 * conditional update ({@code taken < capacity}), which the database runs atomically on every node;
 * a check constraint refuses anything over capacity even if a caller got it wrong.
 */
@Component
class Ledger implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(Ledger.class);

    private final JdbcClient jdbc;
    private final ReferenceData city;
    private final TransactionTemplate ownTransaction;
    private final SchoolAge schoolAge;
    private final Set<Integer> yearsReady = ConcurrentHashMap.newKeySet();
    private final LedgerSeed seed;

    Ledger(JdbcClient jdbc, JdbcTemplate batches, ReferenceData city, PlatformTransactionManager transactions,
           SchoolAge schoolAge) {
        this.jdbc = jdbc;
        this.seed = new LedgerSeed(jdbc, batches);
        this.city = city;
        this.schoolAge = schoolAge;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Takes a seat in the grade if one is free. */
    boolean takeSeat(String schoolCode, int schoolYear, int grade) {
        ensureSchoolYear(schoolYear);
        return jdbc.sql("""
                update school_grade_ledger set taken = taken + 1
                where school_code = ? and school_year = ? and grade = ? and taken < capacity""")
                .params(schoolCode, schoolYear, grade).update() == 1;
    }

    void releaseSeat(String schoolCode, int schoolYear, int grade) {
        jdbc.sql("""
                update school_grade_ledger set taken = taken - 1
                where school_code = ? and school_year = ? and grade = ? and taken > 0""")
                .params(schoolCode, schoolYear, grade).update();
    }

    int freeSeats(String schoolCode, int schoolYear, int grade) {
        return jdbc.sql("select capacity - taken from school_grade_ledger where school_code = ? and school_year = ? and grade = ?")
                .params(schoolCode, schoolYear, grade).query(Integer.class).optional().orElse(0);
    }

    boolean takeRegistration(String clinicCode) {
        return jdbc.sql("update clinic_ledger set registered = registered + 1 where clinic_code = ? and registered < capacity")
                .param(clinicCode).update() == 1;
    }

    void releaseRegistration(String clinicCode) {
        jdbc.sql("update clinic_ledger set registered = registered - 1 where clinic_code = ? and registered > 0")
                .param(clinicCode).update();
    }

    int freeRegistrations(String clinicCode) {
        return jdbc.sql("select capacity - registered from clinic_ledger where clinic_code = ?").param(clinicCode)
                .query(Integer.class).optional().orElse(0);
    }

    /**
     * The rows of the running school year and of every clinic, brought in line with the city's files at
     * start in one transaction that writes only what is missing or changed ({@link LedgerSeed}), never
     * below the places already in use. Should another node write the same rows at the same moment, the
     * duplicate key rolls that transaction back and the rows are seeded one by one, each in a transaction
     * of its own, as the other node left them.
     */
    @Override
    public void afterSingletonsInstantiated() {
        int year = schoolAge.schoolYearStart();
        try {
            Integer written = ownTransaction.execute(status -> seed.seed(year, city.schools(), city.clinics()));
            log.debug("Ledger of {}: {} rows written", year, written);
        } catch (DuplicateKeyException anotherNodeWasFaster) {
            log.debug("Ledger of {} written by another node at the same moment: seeding row by row", year);
            seedRowByRow(year);
        }
        yearsReady.add(year);
    }

    private void seedRowByRow(int year) {
        for (School school : city.schools()) {
            for (int grade = school.firstGrade(); grade <= school.lastGrade(); grade++) {
                seed("school_grade_ledger", "taken", school.code() + " grade " + grade + " " + year,
                        school.seatsPerGrade(), "school_code = ? and school_year = ? and grade = ?", school.code(), year, grade);
            }
        }
        for (Clinic clinic : city.clinics()) {
            seed("clinic_ledger", "registered", "clinic " + clinic.code(), clinic.capacity(), "clinic_code = ?", clinic.code());
        }
        for (District district : District.values()) {
            for (int grade = 1; grade <= 9; grade++) {
                int g = grade;
                try {
                    ownTransaction.executeWithoutResult(status -> {
                        if (counterMissing(district.name(), year, g)) {
                            insertCounter(district.name(), year, g);
                        }
                    });
                } catch (DuplicateKeyException anotherNodeWasFaster) {
                    log.debug("Waitlist of {} grade {} was opened by another node", district, g);
                }
            }
        }
    }

    /**
     * A school year that was not running at start (the application ran into September): its rows are
     * written in the caller's transaction. Should another node write them at the same moment, the
     * duplicate key fails this transaction and the job is retried, finding the rows.
     */
    private void ensureSchoolYear(int schoolYear) {
        if (yearsReady.contains(schoolYear)) {
            return;
        }
        if (jdbc.sql("select count(*) from school_grade_ledger where school_year = ?").param(schoolYear)
                .query(Long.class).single() > 0) {
            yearsReady.add(schoolYear);
            return;
        }
        for (School school : city.schools()) {
            for (int grade = school.firstGrade(); grade <= school.lastGrade(); grade++) {
                jdbc.sql("insert into school_grade_ledger (school_code, school_year, grade, capacity, taken) values (?, ?, ?, ?, 0)")
                        .params(school.code(), schoolYear, grade, school.seatsPerGrade()).update();
            }
        }
    }

    /**
     * The next waitlist ticket of a district's grade. Drawing it locks the counter's row until the
     * transaction ends, so tickets follow the order in which children join the list, on any node.
     */
    int nextWaitlistTicket(String district, int schoolYear, int grade) {
        String key = "district = ? and school_year = ? and grade = ?";
        if (jdbc.sql("update waitlist_counter set issued = issued + 1 where " + key).params(district, schoolYear, grade)
                .update() == 0) {
            insertCounter(district, schoolYear, grade); // a school year not running at start: as above
            jdbc.sql("update waitlist_counter set issued = issued + 1 where " + key).params(district, schoolYear, grade)
                    .update();
        }
        return jdbc.sql("select issued from waitlist_counter where " + key).params(district, schoolYear, grade)
                .query(Integer.class).single();
    }

    private boolean counterMissing(String district, int schoolYear, int grade) {
        return jdbc.sql("select count(*) from waitlist_counter where district = ? and school_year = ? and grade = ?")
                .params(district, schoolYear, grade).query(Long.class).single() == 0;
    }

    private void insertCounter(String district, int schoolYear, int grade) {
        jdbc.sql("insert into waitlist_counter (district, school_year, grade, issued) values (?, ?, ?, 0)")
                .params(district, schoolYear, grade).update();
    }

    private void seed(String table, String usedColumn, String what, int capacity, String key, Object... keyValues) {
        try {
            ownTransaction.executeWithoutResult(status -> seedRow(table, usedColumn, what, capacity, key, keyValues));
        } catch (DuplicateKeyException anotherNodeWasFaster) {
            log.debug("{} was created by another node", what);
        }
    }

    private void seedRow(String table, String usedColumn, String what, int capacity, String key, Object... keyValues) {
        Object[] updateParams = new Object[keyValues.length + 2];
        updateParams[0] = capacity;
        System.arraycopy(keyValues, 0, updateParams, 1, keyValues.length);
        updateParams[updateParams.length - 1] = capacity;
        int updated = jdbc.sql("update " + table + " set capacity = ? where " + key + " and " + usedColumn + " <= ?")
                .params(updateParams).update();
        if (updated == 1) {
            return;
        }
        Integer used = jdbc.sql("select " + usedColumn + " from " + table + " where " + key).params(keyValues)
                .query(Integer.class).optional().orElse(null);
        if (used != null) {
            log.warn("The city's file gives {} {} places, but {} are already in use: capacity kept at {}", what,
                    capacity, used, used);
            jdbc.sql("update " + table + " set capacity = " + usedColumn + " where " + key).params(keyValues).update();
            return;
        }
        String columns = key.replace(" = ?", "").replace(" and ", ", ");
        Object[] insertParams = new Object[keyValues.length + 1];
        System.arraycopy(keyValues, 0, insertParams, 0, keyValues.length);
        insertParams[keyValues.length] = capacity;
        jdbc.sql("insert into " + table + " (" + columns + ", capacity, " + usedColumn + ") values ("
                + "?, ".repeat(keyValues.length) + "?, 0)").params(insertParams).update();
    }
}
