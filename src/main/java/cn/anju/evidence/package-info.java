/** Uploaded evidence: type recognised by content, stored once per SHA-256. */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence", allowedDependencies = {"accesslog", "application", "security", "web"})
package cn.anju.evidence;
