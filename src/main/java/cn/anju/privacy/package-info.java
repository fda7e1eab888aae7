/**
 * Children's personal data as the Personal Information Protection Law asks: the guardian's consent and
 * declaration at submission (the texts, their version, the record of who gave them when).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy", allowedDependencies = {"application", "security", "web"})
package cn.anju.privacy;
