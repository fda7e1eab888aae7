package cn.anju.dashboard;

import cn.anju.application.District;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of one filter. Outcomes ({@link Kpis#total()}, by status and stage, rates, median, children,
 * clinics) count the applications submitted in the period; the work at hand (open cases, deadlines,
 * waitlists, seats) is counted now, whatever the period, since an old open case is still work.
 */
record Dashboard(Filter filter, Kpis kpis, List<Count> byStatus, List<Count> byStage, List<Backlog> backlogByDistrict,
                 List<Seats> seatsByDistrict, List<SchoolSeats> seatsBySchool, List<Waitlist> waitlistByDistrict,
                 SchoolWay schoolWay, List<ClinicRegistrations> clinicRegistrations) {

    record Filter(District district, LocalDate from, LocalDate to, LocalDate today) {
    }

    /**
     * The tiles. Rates are fractions 0..1 of the applications decided (approved or rejected), null when
     * none were; automatic: approvals without a person; the median is in days (and in hours, for a
     * straight-through office whose decisions take less than a day), null when none were decided.
     */
    record Kpis(long total, long open, long approved, long rejected, long withdrawn, long automatic, long dueSoon,
                long overdue,
                Double medianDaysToDecision, Double medianHoursToDecision, Double approvalRate, Double automaticRate, long waitlisted,
                long seatsUsed, long seatsCapacity, long walking, long withTransport, long clinicRegistrations) {
    }

    record Count(String key, long count) {
    }

    /** Open cases of a district; due soon: the deadline within 3 days, overdue: the deadline has passed. */
    record Backlog(District district, String nameZh, String nameEn, long open, long dueSoon, long overdue) {
    }

    record Seats(District district, String nameZh, String nameEn, long used, long capacity) {
    }

    record SchoolSeats(String code, District district, String nameZh, String nameEn, long used, long capacity) {
    }

    record Waitlist(District district, String nameZh, String nameEn, long waiting) {
    }

    /** Children of approved applications with a school: those who walk, those who need a bus or a subsidy. */
    record SchoolWay(long walking, long withTransport) {
    }

    record ClinicRegistrations(String code, District district, String nameZh, String nameEn, long registrations) {
    }
}
