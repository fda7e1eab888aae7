package cn.anju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the cluster and crash tests require of n straight-through applications with two children each,
 * once all have ended: each decided once, each child placed once, the ledgers equal to the places they
 * gave, five certificates per family and none twice, every job of the cases succeeded exactly once
 * (the engine's job log: the nodes run with full history).
 */
final class EachCaseOnce {

    private EachCaseOnce() {
    }

    static void awaitEnded(JdbcClient db, long applications, Duration within) {
        await().atMost(within).pollInterval(Duration.ofSeconds(1)).until(() -> db.sql(
                "select count(*) from act_hi_procinst where proc_def_key_ = 'ResidencyApplication' and end_time_ is not null")
                .query(Long.class).single() == applications);
    }

    static void assertNothingTwice(JdbcClient db, long applications) {
        assertThat(count(db, "select count(*) from application where status = 'APPROVED'")).isEqualTo(applications);
        assertThat(count(db, "select count(*) from status_event where type = 'APPROVED'")).isEqualTo(applications);
        assertThat(count(db, "select count(*) from status_event where type = 'CHILD_PLACED'")).isEqualTo(2 * applications);
        assertThat(count(db, "select count(*) from school_seat where status = 'TAKEN'")).isEqualTo(2 * applications);
        assertThat(count(db, """
                select count(*) from school_grade_ledger l where l.taken <> (select count(*) from school_seat s
                  where s.school_code = l.school_code and s.school_year = l.school_year and s.grade = l.grade
                  and s.status in ('HELD', 'TAKEN'))""")).isZero();
        assertThat(count(db, """
                select count(*) from clinic_ledger l where l.registered <> (select count(*) from clinic_registration r
                  where r.clinic_code = l.clinic_code and r.status in ('HELD', 'REGISTERED'))""")).isZero();
        // The residence certificate, a school letter and a clinic card per child.
        assertThat(count(db, "select count(*) from certificate where status = 'VALID'")).isEqualTo(5 * applications);
        assertThat(count(db, """
                select count(*) from (select application_id, kind, subject from certificate
                  group by application_id, kind, subject having count(*) > 1) twice""")).isZero();
        // History cleanup is one job that runs again and again in its nightly window: not a case's.
        assertThat(db.sql("""
                select job_def_type_ || ' ' || coalesce(act_id_, '') || ' ' || job_id_ from act_hi_job_log
                where job_state_ = 2 and job_def_type_ <> 'history-cleanup'
                group by job_id_, job_def_type_, act_id_ having count(*) > 1""").query(String.class).list()).isEmpty();
    }

    static long jobsRunBy(JdbcClient db, String host) {
        return db.sql("select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = ?").param(host)
                .query(Long.class).single();
    }

    private static long count(JdbcClient db, String sql) {
        return db.sql(sql).query(Long.class).single();
    }
}
