package cn.anju.dashboard;

import java.util.List;

/**
 * What the dashboard needs of placement's ledger, named here so that placement can publish it later
 * (its tables are its own); until then {@link PlacementLedgerQueries} reads them, read-only.
 */
interface PlacementFigures {

    record SchoolLedger(String schoolCode, long used, long capacity) {
    }

    record DistrictCount(String key, long count) {
    }

    /**
     * Seats per school in the latest school year of the ledger (the running one; the next once placements
     * for it began). Held seats count as used: nobody else can have them.
     */
    List<SchoolLedger> seatsBySchool();

    /** Children waiting for a school seat now, per district. */
    List<DistrictCount> waitlist(DashboardFilter f);

    /** New registrations per clinic, of the children of the period's applications. */
    List<DistrictCount> clinicRegistrations(DashboardFilter f);
}
