/**
 * The managers' dashboard: backlog, deadlines, outcomes, school seats, waitlists, transport and clinic
 * registrations, read from the status projection and the placement ledger (never from engine history),
 * as JSON, CSV and a page with charts. Read-only; of placement it uses only the city's names and
 * districts, through {@code CityDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard", allowedDependencies = {"application", "followon", "placement", "web"})
package cn.anju.dashboard;
