package cn.anju.placement;

import static cn.anju.TestFamilies.bornForGrade;
import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.PlacementTestCity;
import cn.anju.TestFamilies;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.District;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 200 children of 200 families in one catchment compete from 8 threads for 50 seats at their
 * catchment school and 30 at the district's other school: exactly 80 placed, none over capacity,
 * no seat counted twice, the other 120 on the waitlist in distinct positions. Then every allocation
 * runs again (a retried job): nothing changes.
 */
@PlacementTestCity
class SeatLedgerConcurrencyTest {

    private static final int CHILDREN = 200;
    private static final int THREADS = 8;

    @Autowired PlacementService placements;
    @Autowired ApplicationRepository applications;
    @Autowired JdbcClient jdbc;

    @Test
    void neverOverCapacityWhenManyArePlacedAtOnce() throws Exception {
        List<UUID> children = new ArrayList<>();
        for (int i = 0; i < CHILDREN; i++) {
            children.add(TestFamilies.store(applications, District.DAPENG, "大鹏新区金岭路 " + i + " 号", true,
                    bornForGrade(1)).children().get(0).id());
        }
        Map<UUID, PlacementService.SchoolOutcome> outcomes = allocateConcurrently(children);

        Map<String, Long> placedAt = outcomes.values().stream().filter(PlacementService.SchoolOutcome::placed)
                .collect(Collectors.groupingBy(PlacementService.SchoolOutcome::schoolCode, Collectors.counting()));
        assertThat(placedAt).containsExactlyInAnyOrderEntriesOf(Map.of("DP-N01", 50L, "DP-P01", 30L));
        assertThat(outcomes.values()).filteredOn(o -> "DP-N01".equals(o.schoolCode()))
                .allMatch(o -> o.basis() == PlacementService.SchoolBasis.CATCHMENT);
        assertThat(outcomes.values()).filteredOn(o -> "DP-P01".equals(o.schoolCode()))
                .allMatch(o -> o.basis() == PlacementService.SchoolBasis.NEAREST);
        assertThat(outcomes.values()).filteredOn(o -> !o.placed()).hasSize(120)
                .extracting(PlacementService.SchoolOutcome::waitlistPosition)
                .doesNotHaveDuplicates().allMatch(p -> p >= 1 && p <= 120);
        assertLedgerMatchesSeats();

        // A retried job asks again for every child: the same answers, not one more seat.
        Map<UUID, PlacementService.SchoolOutcome> again = allocateConcurrently(children);
        for (UUID child : children) {
            assertThat(again.get(child).schoolCode()).isEqualTo(outcomes.get(child).schoolCode());
        }
        assertLedgerMatchesSeats();
    }

    private void assertLedgerMatchesSeats() {
        var ledger = jdbc.sql("select school_code, taken, capacity from school_grade_ledger where school_code like 'DP-%' and grade = 1")
                .query((rs, n) -> Map.entry(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)})).list();
        assertThat(ledger).hasSize(2).allSatisfy(row -> assertThat(row.getValue()[0]).isEqualTo(row.getValue()[1]));
        var seats = jdbc.sql("""
                select school_code, count(*) from school_seat where district = 'DAPENG' and grade = 1
                  and status = 'HELD' group by school_code""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list();
        assertThat(seats).containsExactlyInAnyOrder(Map.entry("DP-N01", 50L), Map.entry("DP-P01", 30L));
        assertThat(jdbc.sql("select count(*) from school_seat where district = 'DAPENG' and status = 'WAITLISTED'")
                .query(Long.class).single()).isEqualTo(120L);
    }

    private Map<UUID, PlacementService.SchoolOutcome> allocateConcurrently(List<UUID> children) throws Exception {
        List<UUID> shuffled = new ArrayList<>(children);
        Collections.shuffle(shuffled);
        Map<UUID, PlacementService.SchoolOutcome> outcomes = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = thread; i < shuffled.size(); i += THREADS) {
                        outcomes.put(shuffled.get(i), placements.allocateSchool(shuffled.get(i), 1));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : work) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).hasSize(children.size());
        return outcomes;
    }
}
