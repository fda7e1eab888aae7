/** Submission API: request records with Jakarta Validation, cross-field rules, idempotency. */
@org.springframework.modulith.ApplicationModule(displayName = "Intake", allowedDependencies = {"application", "identity", "identity :: constraints", "security", "web"})
package cn.anju.intake;
