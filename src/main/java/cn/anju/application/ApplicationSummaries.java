package cn.anju.application;

import static cn.anju.application.Columns.instant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lists and counts of applications, read from the status projection's columns only. */
@Repository
public class ApplicationSummaries {

    private final JdbcClient jdbc;

    public ApplicationSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of applications, newest first; owner and district narrow it when given. Only the given
     * conditions are in the SQL, so that the (owner, submitted_at) and (district, submitted_at) indexes
     * serve the page on a large history instead of a scan.
     */
    public List<ApplicationSummary> page(UUID owner, District district, int page, int size) {
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
                .query((rs, n) -> new ApplicationSummary(rs.getObject("id", UUID.class), rs.getString("reference"),
                        ApplicationStatus.valueOf(rs.getString("status")), Stage.valueOf(rs.getString("stage")),
                        District.valueOf(rs.getString("district")), rs.getObject("decision_deadline", LocalDate.class),
                        instant(rs, "submitted_at")))
                .list();
    }

    public Map<ApplicationStatus, Long> countByStatus() {
        return jdbc.sql("select status, count(*) from application group by status")
                .query((rs, n) -> Map.entry(ApplicationStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
