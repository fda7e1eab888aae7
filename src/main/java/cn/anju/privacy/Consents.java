package cn.anju.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consent given with each application (table consent), written in the submission's transaction. */
@Repository
public class Consents {

    private final JdbcClient jdbc;

    public Consents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID applicationId, Consent consent) {
        jdbc.sql("""
                insert into consent (application_id, account_id, children_data, truth_declaration, text_version, given_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(applicationId, consent.account(), consent.childrenData(), consent.truthDeclaration(),
                        consent.textVersion(), consent.givenAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Empty for an application submitted before consent was asked. */
    public Optional<Consent> of(UUID applicationId) {
        return jdbc.sql("select * from consent where application_id = ?").param(applicationId)
                .query((rs, n) -> row(rs)).optional();
    }

    private static Consent row(ResultSet rs) throws SQLException {
        Instant given = rs.getObject("given_at", OffsetDateTime.class).toInstant();
        return new Consent(rs.getBoolean("children_data"), rs.getBoolean("truth_declaration"),
                rs.getString("text_version"), rs.getObject("account_id", UUID.class), given);
    }
}
