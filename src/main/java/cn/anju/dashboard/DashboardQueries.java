package cn.anju.dashboard;

import cn.anju.application.ApplicationStatus;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's SQL on the status projection (application and its children), read-only, in what H2 and
 * PostgreSQL both accept; the ledger's figures are {@link PlacementFigures}. Each query filters on indexed
 * columns first (submission time, open status; V9) so that a large closed history costs
 * an index range, not a scan. A district filter is added to the SQL only when there is one, so that the
 * (district, submitted_at) index serves it.
 */
@Repository
class DashboardQueries {

    /** Cases the office still works on (or waits on): every status but a decision, as SQL literals. */
    static final String OPEN = Arrays.stream(ApplicationStatus.values()).filter(s -> !s.isDecided())
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final boolean h2;

    DashboardQueries(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        try {
            this.h2 = "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("which database the dashboard reads", e);
        }
    }

    record StatusStage(String status, String stage, long count, long automatic) {
    }

    /** Applications submitted in the period, by status and stage, with the automatic approvals among them. */
    List<StatusStage> statusAndStage(DashboardFilter f) {
        return period(f, """
                select status, stage, count(*) as n,
                       sum(case when status = 'APPROVED' and decided_automatically then 1 else 0 end) as auto
                from application a where %s group by status, stage""")
                .query((rs, n) -> new StatusStage(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /**
     * Median seconds from submission to approval or rejection, of the applications submitted in the period.
     * The outcome is a case inside the aggregate (which ignores nulls), not a condition: as a condition,
     * H2 reads every approved case of the history through the status index instead of the period's range.
     * The median of the intervals is turned into seconds once: extract per row costs H2 ten times more. On
     * H2 the median is taken of whole microseconds instead (DATEDIFF, which PostgreSQL lacks): the same
     * figure, at a third of the cost of H2's interval arithmetic (LargeHistoryBenchmark).
     */
    Double medianSecondsToDecision(DashboardFilter f) {
        String outcome = "case when status in ('APPROVED', 'REJECTED') then %s end";
        String sql = h2
                ? "select percentile_cont(0.5) within group (order by "
                        + outcome.formatted("datediff(microsecond, submitted_at, decided_at)") + ") / 1000000.0"
                : "select extract(epoch from percentile_cont(0.5) within group (order by "
                        + outcome.formatted("decided_at - submitted_at") + "))";
        return period(f, sql + " from application a where %s").query((rs, n) -> number(rs, 1)).optional().orElse(null);
    }

    record OpenCases(String district, long open, long dueSoon, long overdue) {
    }

    /**
     * Open cases now, per district. Waiting for the family stops the legal clock (the deadline moves by the
     * days waited when it answers), so those cases count as open but never as due or overdue.
     */
    List<OpenCases> openCases(DashboardFilter f) {
        var query = jdbc.sql("""
                select district, count(*),
                       sum(case when status <> 'AWAITING_APPLICANT' and decision_deadline >= :today
                                 and decision_deadline <= :soon then 1 else 0 end),
                       sum(case when status <> 'AWAITING_APPLICANT' and decision_deadline < :today then 1 else 0 end)
                from application where status in (%s)%s group by district"""
                .formatted(OPEN, f.district() == null ? "" : " and district = :district"))
                .param("today", f.today()).param("soon", f.today().plusDays(3));
        if (f.district() != null) {
            query = query.param("district", f.district().name());
        }
        return query.query((rs, n) -> new OpenCases(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /**
     * Children of the period's approved applications who have a school: walking, or needing transport. The
     * status is counted, not filtered on, for the same reason as in {@link #medianSecondsToDecision}.
     */
    Dashboard.SchoolWay schoolWay(DashboardFilter f) {
        return period(f, """
                select coalesce(sum(case when a.status = 'APPROVED' and c.school_name is not null
                                          and c.transport is null then 1 else 0 end), 0),
                       coalesce(sum(case when a.status = 'APPROVED' and c.school_name is not null
                                          and c.transport is not null then 1 else 0 end), 0)
                from application a join child c on c.application_id = a.id
                where %s""")
                .query((rs, n) -> new Dashboard.SchoolWay(rs.getLong(1), rs.getLong(2))).single();
    }

    private JdbcClient.StatementSpec period(DashboardFilter f, String sql) {
        return period(jdbc, f, sql);
    }

    /** The query with the period (and district) as its first conditions on application {@code a}. */
    static JdbcClient.StatementSpec period(JdbcClient jdbc, DashboardFilter f, String sql) {
        String where = "a.submitted_at >= :start and a.submitted_at < :end"
                + (f.district() == null ? "" : " and a.district = :district");
        var query = jdbc.sql(sql.formatted(where)).param("start", f.start()).param("end", f.end());
        return f.district() == null ? query : query.param("district", f.district().name());
    }

    private static Double number(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
