/** Eligibility facts, acceptance with its legal deadline, approval and rejection with reasons. */
@org.springframework.modulith.ApplicationModule(displayName = "Decision", allowedDependencies = {"application", "identity", "identity :: constraints", "security", "web"})
package cn.anju.decision;
