/**
 * The access log: an append-only record of every time staff open a case's personal data (PIPL art. 28 and
 * 47, Residence Permit Regulations art. 20). Other modules call {@link cn.anju.accesslog.StaffReads}; managers
 * search and export the log, the family sees which office opened its case and when.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access log", allowedDependencies = {"application", "security", "web"})
package cn.anju.accesslog;
