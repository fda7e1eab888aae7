/** HTTP conventions shared by every feature: problem details for client errors. */
@org.springframework.modulith.ApplicationModule(displayName = "Web conventions", allowedDependencies = {"application", "identity", "security"})
package cn.anju.web;
