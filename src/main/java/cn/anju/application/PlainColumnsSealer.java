package cn.anju.application;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seals the identity and phone numbers of rows written before V16, at start-up, each row once: the update
 * empties the plain column and applies only while it still holds the value read, so a second run (or a
 * second node starting at the same time) finds nothing left to do.
 */
@Component
class PlainColumnsSealer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlainColumnsSealer.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final SealedColumns sealed;

    PlainColumnsSealer(JdbcClient jdbc, SealedColumns sealed) {
        this.jdbc = jdbc;
        this.sealed = sealed;
    }

    private record Plain(UUID id, String residentId, String phone) {
    }

    @Override
    public void run(ApplicationArguments args) {
        int applicants = seal("applicant", "phone");
        int children = seal("child", "null");
        if (applicants + children > 0) {
            log.info("Sealed the identity numbers of {} applicants and {} children written before V16", applicants,
                    children);
        }
    }

    /** Seals the table's plain rows in batches; phoneColumn is "null" for a table without phone numbers. */
    int seal(String table, String phoneColumn) {
        int done = 0;
        while (true) {
            List<Plain> batch = jdbc.sql("select id, resident_id, " + phoneColumn + " from " + table
                            + " where resident_id is not null fetch first " + BATCH + " rows only")
                    .query((rs, n) -> new Plain(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                    .list();
            if (batch.isEmpty()) {
                return done;
            }
            for (Plain row : batch) {
                done += jdbc.sql("update " + table + " set resident_id_sealed = ?, resident_id_hash = ?, resident_id = null"
                                + ("null".equals(phoneColumn) ? "" : ", phone_sealed = ?, phone = null")
                                + " where id = ? and resident_id = ?")
                        .params(params(row, phoneColumn)).update();
            }
        }
    }

    private List<Object> params(Plain row, String phoneColumn) {
        String id = sealed.seal(ApplicationRows.RESIDENT_ID, row.residentId());
        String hash = sealed.lookupHash(row.residentId());
        return "null".equals(phoneColumn)
                ? List.of(id, hash, row.id(), row.residentId())
                : java.util.Arrays.asList(id, hash, sealed.seal(ApplicationRows.PHONE, row.phone()), row.id(),
                        row.residentId());
    }
}
