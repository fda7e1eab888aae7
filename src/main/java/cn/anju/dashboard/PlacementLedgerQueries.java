package cn.anju.dashboard;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link PlacementFigures} from placement's tables: the one class of the dashboard that reads them,
 * to be replaced by placement's own read model once it has one. The waitlist query filters on the
 * (status, district) index of V9.
 */
@Repository
class PlacementLedgerQueries implements PlacementFigures {

    private final JdbcClient jdbc;

    PlacementLedgerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SchoolLedger> seatsBySchool() {
        return jdbc.sql("""
                select school_code, sum(taken), sum(capacity) from school_grade_ledger
                where school_year = (select max(school_year) from school_grade_ledger)
                group by school_code order by school_code""")
                .query((rs, n) -> new SchoolLedger(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    @Override
    public List<DistrictCount> waitlist(DashboardFilter f) {
        var query = jdbc.sql("select district, count(*) from school_seat where status = 'WAITLISTED'"
                + (f.district() == null ? "" : " and district = :district") + " group by district");
        if (f.district() != null) {
            query = query.param("district", f.district().name());
        }
        return query.query((rs, n) -> new DistrictCount(rs.getString(1), rs.getLong(2))).list();
    }

    @Override
    public List<DistrictCount> clinicRegistrations(DashboardFilter f) {
        return DashboardQueries.period(jdbc, f, """
                select r.clinic_code, count(*) from application a join clinic_registration r on r.application_id = a.id
                where %s and r.status = 'REGISTERED' and r.clinic_code is not null
                group by r.clinic_code order by r.clinic_code""")
                .query((rs, n) -> new DistrictCount(rs.getString(1), rs.getLong(2))).list();
    }
}
