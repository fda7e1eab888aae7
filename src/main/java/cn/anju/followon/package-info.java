/**
 * Follow-on work: what one module does after another module's transaction committed (a seat given
 * back goes to the waitlist, a school letter is reissued). Spring Modulith's event publication
 * registry records each such reaction with the event; this module retries the ones that failed and
 * tells managers which are still waiting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-on work", allowedDependencies = {})
package cn.anju.followon;
