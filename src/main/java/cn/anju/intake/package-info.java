/** Submission API: request records with Jakarta Validation, cross-field rules, idempotency. */
@org.springframework.modulith.ApplicationModule(displayName = "Intake", allowedDependencies = {"accesslog", "application", "identity", "identity :: constraints", "privacy", "security", "web"})
package cn.anju.intake;
