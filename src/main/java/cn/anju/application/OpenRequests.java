package cn.anju.application;

import static cn.anju.application.Columns.instant;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one-time notice still awaiting the family's answer, as the family's pages and letters show it. */
@Repository
public class OpenRequests {

    private final JdbcClient jdbc;

    public OpenRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The items of the one-time notice still awaiting the family's answer. */
    public List<String> missingItems(UUID applicationId) {
        return openRequest(applicationId).map(OpenRequest::items).orElse(List.of());
    }

    /** The open notice with its answer date, for telling the family what to send by when. */
    public Optional<OpenRequest> openRequest(UUID applicationId) {
        return jdbc.sql("""
                select items, respond_by from missing_item_notice where application_id = ? and answered_at is null
                order by sent_at desc limit 1""")
                .param(applicationId)
                .query((rs, n) -> new OpenRequest(Arrays.stream(rs.getString(1).split("\n")).toList(),
                        instant(rs, "respond_by")))
                .optional();
    }
}
