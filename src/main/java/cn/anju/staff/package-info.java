/**
 * The clerk's case workspace: one page with the family's declaration beside the housing registry's
 * answer, every uploaded document shown inline, the timeline and the case's open tasks in Tasklist.
 * The engine stays in {@code process}, which answers {@link cn.anju.staff.OpenTasks} for this page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff workspace",
        allowedDependencies = {"accesslog", "application", "evidence", "security", "web"})
package cn.anju.staff;
