/**
 * The managers' dashboard: backlog, deadlines, outcomes, school seats, waitlists, transport and clinic
 * registrations, read from the status projection and the placement ledger (never from engine history),
 * as JSON, CSV and a page with charts. Read-only; it imports no other feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard", allowedDependencies = {"application", "followon", "web"})
package cn.anju.dashboard;
