/**
 * The family portal: sign-up, the guided application form with its server-side draft, the status
 * page with the family's steps, documents, certificates (one zip) and the timeline in sentences. Pages are Thymeleaf; the form and the
 * status page call the public JSON API, so they get exactly the API's validation and access rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = {"application", "certificate", "privacy", "security", "web"})
package cn.anju.portal;
