package cn.anju.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's insert-if-absent and claims on both databases Anju runs on (H2 by default, PostgreSQL
 * in production), with real concurrent transactions: a second writer of a key adds nothing and still
 * commits its own work; of several claimants of a row exactly one gets it.
 */
class NotificationOutboxDatabasesTest {

    private static EmbeddedPostgres postgres;
    private static final Map<String, DataSource> DATABASES = new ConcurrentHashMap<>();

    @BeforeAll
    static void databases() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        postgres = EmbeddedPostgres.builder().start();
        DATABASES.put("h2", h2);
        DATABASES.put("postgres", postgres.getPostgresDatabase());
        DATABASES.values().forEach(db -> Flyway.configure().dataSource(db).locations("classpath:db/migration")
                .load().migrate());
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    static Stream<String> databaseNames() {
        return Stream.of("h2", "postgres");
    }

    private record Db(JdbcClient jdbc, TransactionTemplate transaction, NotificationOutbox outbox,
                      NotificationClaims claims) {
    }

    private static Db db(String name) {
        DataSource dataSource = DATABASES.get(name);
        var transactions = new JdbcTransactionManager(dataSource);
        return new Db(JdbcClient.create(dataSource), new TransactionTemplate(transactions),
                new NotificationOutbox(JdbcClient.create(dataSource), transactions),
                new NotificationClaims(JdbcClient.create(dataSource), new NamedParameterJdbcTemplate(dataSource),
                        transactions));
    }

    @ParameterizedTest
    @MethodSource("databaseNames")
    void aSecondWriterOfAKeyWaitsForTheFirstAddsNothingAndStillCommitsItsOwnWork(String name) throws Exception {
        Db db = db(name);
        UUID application = application(db);
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = threads.submit(() -> db.transaction().execute(status -> {
                boolean added = db.outbox().add(application, Moment.RECEIVED, "", Instant.now());
                firstWrote.countDown();
                waitFor(firstMayCommit);
                return added;
            }));
            assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> second = threads.submit(() -> db.transaction().execute(status -> {
                boolean added = db.outbox().add(application, Moment.RECEIVED, "", Instant.now());
                timeline(db, application, "SECOND_WRITER_COMMITTED");
                return added;
            }));
            // The second writer cannot finish while the first holds the key uncommitted.
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !second.isDone());
            firstMayCommit.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
        } finally {
            firstMayCommit.countDown();
            threads.shutdownNow();
        }
        assertThat(rows(db, application)).isEqualTo(1);
        assertThat(timelineCount(db, application, "SECOND_WRITER_COMMITTED")).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("databaseNames")
    void manyJobsAnnouncingTheSameMomentAtOnceLeaveOneRowAndAllCommit(String name) throws Exception {
        Db db = db(name);
        UUID application = application(db);
        int writers = 6;
        CyclicBarrier together = new CyclicBarrier(writers);
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                results.add(threads.submit(() -> db.transaction().execute(status -> {
                    waitFor(together);
                    boolean added = db.outbox().add(application, Moment.APPROVED, "", Instant.now());
                    timeline(db, application, "JOB_COMMITTED");
                    return added;
                })));
            }
            long added = 0;
            for (Future<Boolean> result : results) {
                added += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(added).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(rows(db, application)).isEqualTo(1);
        assertThat(timelineCount(db, application, "JOB_COMMITTED")).isEqualTo(writers);
    }

    @ParameterizedTest
    @MethodSource("databaseNames")
    void eachDueRowIsClaimedByExactlyOneOfSeveralDispatchers(String name) throws Exception {
        Db db = db(name);
        UUID application = application(db);
        int rows = 40;
        for (int i = 0; i < rows; i++) {
            db.outbox().add(application, Moment.CERTIFICATES_READY, "batch-" + i, Instant.now().minusSeconds(1));
        }
        Set<Long> claimed = ConcurrentHashMap.newKeySet();
        List<Long> claimedTwice = new ArrayList<>();
        int dispatchers = 4;
        CyclicBarrier together = new CyclicBarrier(dispatchers);
        ExecutorService threads = Executors.newFixedThreadPool(dispatchers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int d = 0; d < dispatchers; d++) {
                String node = "node-" + d;
                done.add(threads.submit(() -> {
                    waitFor(together);
                    Instant now = Instant.now();
                    for (long id : db.outbox().due(now, now.minusSeconds(60), 1000)) {
                        db.outbox().claim(id, node, now, now.minusSeconds(60)).ifPresent(claim -> {
                            if (!claimed.add(claim.row().id())) {
                                synchronized (claimedTwice) {
                                    claimedTwice.add(claim.row().id());
                                }
                            }
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> one : done) {
                one.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(claimedTwice).isEmpty();
        List<Long> ours = db.jdbc().sql("select id from notification_outbox where application_id = ?")
                .param(application).query(Long.class).list();
        assertThat(ours).hasSize(rows);
        assertThat(claimed).containsAll(ours);
    }

    @ParameterizedTest
    @MethodSource("databaseNames")
    void aClaimOfADeadNodeIsTakenOverAfterTheTimeoutAndItsLateWordDoesNotCount(String name) {
        Db db = db(name);
        UUID application = application(db);
        Instant start = Instant.now().minusSeconds(600);
        db.outbox().add(application, Moment.RECEIVED, "", start);
        long id = db.jdbc().sql("select id from notification_outbox where application_id = ?").param(application)
                .query(Long.class).single();
        // A second later: the database keeps microseconds, and may round the stored time up.
        Instant claimedAt = start.plusSeconds(1);
        assertThat(db.outbox().due(claimedAt, claimedAt.minusSeconds(120), 1000)).contains(id);
        var dead = db.outbox().claim(id, "dead-node", claimedAt, claimedAt.minusSeconds(120)).orElseThrow();

        Instant soon = start.plusSeconds(60);
        assertThat(db.outbox().claim(id, "survivor", soon, soon.minusSeconds(120))).as("claim still fresh").isEmpty();
        Instant later = start.plusSeconds(180);
        Optional<NotificationOutbox.Claim> takeover = db.outbox().claim(id, "survivor", later, later.minusSeconds(120));
        assertThat(takeover).isPresent();
        assertThat(takeover.get().row().attempts()).isEqualTo(2);

        db.outbox().sent(dead, later);
        assertThat(status(db, id)).as("the dead node's claim no longer counts").isEqualTo("SENDING");
        db.outbox().sent(takeover.get(), later);
        assertThat(status(db, id)).isEqualTo("SENT");
        assertThat(db.outbox().due(later.plusSeconds(3600), later.plusSeconds(3600), 1000)).doesNotContain(id);
    }

    @ParameterizedTest
    @MethodSource("databaseNames")
    void dispatchersClaimingBatchesAtOnceGetEachRowExactlyOnce(String name) throws Exception {
        Db db = db(name);
        UUID application = application(db);
        int rows = 120;
        for (int i = 0; i < rows; i++) {
            db.outbox().add(application, Moment.CERTIFICATES_READY, "batch-" + i, Instant.now().minusSeconds(1));
        }
        Map<Long, String> claimedBy = new ConcurrentHashMap<>();
        List<Long> claimedTwice = new ArrayList<>();
        int dispatchers = 4;
        CyclicBarrier together = new CyclicBarrier(dispatchers);
        ExecutorService threads = Executors.newFixedThreadPool(dispatchers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int d = 0; d < dispatchers; d++) {
                String node = "node-" + d;
                done.add(threads.submit(() -> {
                    waitFor(together);
                    List<NotificationOutbox.Claim> batch;
                    do {
                        Instant now = Instant.now();
                        batch = db.claims().claimDue(node, now, now.minusSeconds(60), 25);
                        for (var claim : batch) {
                            if (claimedBy.putIfAbsent(claim.row().id(), node) != null) {
                                synchronized (claimedTwice) {
                                    claimedTwice.add(claim.row().id());
                                }
                            }
                        }
                    } while (!batch.isEmpty());
                    return null;
                }));
            }
            for (Future<?> one : done) {
                one.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(claimedTwice).isEmpty();
        List<Long> ours = db.jdbc().sql("select id from notification_outbox where application_id = ?")
                .param(application).query(Long.class).list();
        assertThat(claimedBy.keySet()).containsAll(ours);
        assertThat(db.jdbc().sql("select count(*) from notification_outbox where application_id = ? and status = 'SENDING'"
                + " and attempts = 1").param(application).query(Long.class).single()).isEqualTo(rows);
    }

    @ParameterizedTest
    @MethodSource("databaseNames")
    void aBatchRecordsEachOutcomeAndGivesBackWhatItDidNotAttempt(String name) {
        Db db = db(name);
        UUID application = application(db);
        Instant start = Instant.now().minusSeconds(600);
        for (int i = 0; i < 3; i++) {
            db.outbox().add(application, Moment.CERTIFICATES_READY, "outcome-" + i, start);
        }
        Instant now = start.plusSeconds(1);
        List<NotificationOutbox.Claim> batch = db.claims().claimDue("node", now, now.minusSeconds(120), 1000).stream()
                .filter(c -> c.row().applicationId().equals(application)).toList();
        assertThat(batch).hasSize(3);
        var sent = batch.get(0);
        var failed = batch.get(1);
        assertThat(db.claims().record(sent, new NotificationClaims.Outcome(NotificationOutbox.Status.SENT, now, null,
                null, true, true))).isTrue();
        assertThat(db.claims().record(failed, new NotificationClaims.Outcome(NotificationOutbox.Status.PENDING, now,
                now.plusSeconds(30), "java.lang.IllegalStateException", false, true))).isTrue();
        db.claims().release(batch.subList(2, 3));

        assertThat(status(db, sent.row().id())).isEqualTo("SENT");
        assertThat(status(db, failed.row().id())).isEqualTo("PENDING");
        assertThat(status(db, batch.get(2).row().id())).isEqualTo("PENDING");
        Instant later = now.plusSeconds(60);
        var retried = db.claims().claimDue("node", later, later.minusSeconds(120), 1000).stream()
                .filter(c -> c.row().applicationId().equals(application)).toList();
        assertThat(retried).extracting(c -> c.row().id()).containsExactly(batch.get(2).row().id(), failed.row().id());
        assertThat(retried.get(0).row().attempts()).as("a row given back was not attempted").isEqualTo(1);
        assertThat(retried.get(1).row().attempts()).isEqualTo(2);
        assertThat(retried.get(1).row().smsSent()).as("the SMS of the failed attempt went out").isTrue();
        assertThat(retried.get(1).row().emailSent()).isFalse();
    }

    /** The account owning the applications inserted here. */
    static final UUID FAMILY = UUID.fromString("00000000-0000-4000-8000-0000000000fa");

    private static UUID application(Db db) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        db.jdbc().sql("""
                insert into application (id, reference, owner_account, city, district, arrival_date, address_line,
                    address_district, status, stage, submitted_at, updated_at)
                values (?, ?, ?, 'Shenzhen', 'FUTIAN', ?, 'line', 'FUTIAN', 'SUBMITTED', 'SUBMITTED', ?, ?)""")
                .params(id, "AJ-T-" + id.toString().substring(0, 8), FAMILY, now.toLocalDate(), now, now).update();
        return id;
    }

    private static void timeline(Db db, UUID application, String type) {
        db.jdbc().sql("insert into status_event (application_id, occurred_at, type, actor) values (?, ?, ?, 'test')")
                .params(application, OffsetDateTime.now(ZoneOffset.UTC), type).update();
    }

    private static long timelineCount(Db db, UUID application, String type) {
        return db.jdbc().sql("select count(*) from status_event where application_id = ? and type = ?")
                .params(application, type).query(Long.class).single();
    }

    private static long rows(Db db, UUID application) {
        return db.jdbc().sql("select count(*) from notification_outbox where application_id = ?").param(application)
                .query(Long.class).single();
    }

    private static String status(Db db, long id) {
        return db.jdbc().sql("select status from notification_outbox where id = ?").param(id).query(String.class)
                .single();
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
