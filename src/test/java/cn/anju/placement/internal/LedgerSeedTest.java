package cn.anju.placement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.placement.SchoolAge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * At start the ledger is brought in line with the city's files writing only what differs: a second
 * start writes nothing; a row that drifted is put back, a missing one added, and a capacity never goes
 * below the places in use.
 */
@AnjuSpringBootTest
class LedgerSeedTest {

    @Autowired Ledger ledger;
    @Autowired ReferenceData city;
    @Autowired SchoolAge schoolAge;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.jdbc.core.JdbcTemplate batches;

    @Test
    void aSecondStartWritesNothingAndADriftedLedgerIsPutBack() {
        int year = schoolAge.schoolYearStart();
        var seed = new LedgerSeed(jdbc, batches);
        assertThat(seed.seed(year, city.schools(), city.clinics())).as("nothing to write").isZero();

        var school = city.schools().get(0);
        var clinic = city.clinics().get(0);
        int grade = school.firstGrade();
        jdbc.sql("update school_grade_ledger set capacity = capacity + 7 where school_code = ? and school_year = ? and grade = ?")
                .params(school.code(), year, grade).update();
        jdbc.sql("delete from waitlist_counter where district = 'DAPENG' and school_year = ? and grade = 9")
                .param(year).update();
        int registered = jdbc.sql("select registered from clinic_ledger where clinic_code = ?").param(clinic.code())
                .query(Integer.class).single();
        jdbc.sql("update clinic_ledger set capacity = ?, registered = ? where clinic_code = ?")
                .params(clinic.capacity() + 5, clinic.capacity() + 5, clinic.code()).update();
        try {
            ledger.afterSingletonsInstantiated();

            assertThat(jdbc.sql("select capacity from school_grade_ledger where school_code = ? and school_year = ? and grade = ?")
                    .params(school.code(), year, grade).query(Integer.class).single()).isEqualTo(school.seatsPerGrade());
            assertThat(jdbc.sql("select count(*) from waitlist_counter where district = 'DAPENG' and school_year = ? and grade = 9")
                    .param(year).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select capacity from clinic_ledger where clinic_code = ?").param(clinic.code())
                    .query(Integer.class).single()).as("not below the registrations").isEqualTo(clinic.capacity() + 5);
        } finally {
            jdbc.sql("update clinic_ledger set capacity = ?, registered = ? where clinic_code = ?")
                    .params(clinic.capacity(), registered, clinic.code()).update();
        }
        assertThat(seed.seed(year, city.schools(), city.clinics())).isZero();
    }
}
