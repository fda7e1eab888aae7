package cn.anju.accesslog.internal;

import cn.anju.accesslog.AccessRecord;
import cn.anju.accesslog.PersonalData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table access_record: rows are appended and read, never updated or deleted (there is no code here that
 * could, and the database refuses it: {@link AppendOnlyTrigger}, V15).
 */
@Repository
public class AccessLogStore {

    /** More than a manager reads on a screen; an export of a longer period is asked for in parts. */
    static final int MAX_ROWS = 10_000;

    private final JdbcClient jdbc;

    AccessLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(Instant at, String username, String role, String district, UUID applicationId,
                       PersonalData what, String taskId) {
        jdbc.sql("""
                insert into access_record (occurred_at, username, role, district, application_id, what, task_id)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(at.atOffset(ZoneOffset.UTC), username, role, district, applicationId, what.name(), taskId)
                .update();
    }

    /** The records matching every given criterion (null: any), oldest first. */
    List<AccessRecord> search(AccessLogFilter filter) {
        StringBuilder sql = new StringBuilder("select * from access_record where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.applicationId() != null) {
            sql.append(" and application_id = ?");
            params.add(filter.applicationId());
        }
        if (filter.user() != null) {
            sql.append(" and username = ?");
            params.add(filter.user());
        }
        if (filter.start() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(filter.start());
        }
        if (filter.end() != null) {
            sql.append(" and occurred_at < ?");
            params.add(filter.end());
        }
        sql.append(" order by id fetch first ").append(MAX_ROWS).append(" rows only");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list();
    }

    public List<AccessRecord> ofApplication(UUID applicationId) {
        return search(new AccessLogFilter(applicationId, null, null, null));
    }

    private static AccessRecord row(ResultSet rs) throws SQLException {
        return new AccessRecord(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("username"), rs.getString("role"), rs.getString("district"),
                rs.getObject("application_id", UUID.class), PersonalData.valueOf(rs.getString("what")),
                rs.getString("task_id"));
    }
}
