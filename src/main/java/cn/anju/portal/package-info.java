/**
 * The family portal: sign-up, the guided application form with its server-side draft, the status
 * page with documents, certificates and the process diagram. Pages are Thymeleaf; the form and the
 * status page call the public JSON API, so they get exactly the API's validation and access rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = {"application", "privacy", "security", "web"})
package cn.anju.portal;
