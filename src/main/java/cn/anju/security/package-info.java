/**
 * Users, roles and district scope. The user store is the engine's identity service, so that the
 * portal, the API and the Camunda webapps share one: this package is, with process/, the only one
 * that touches the engine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = {"application"})
package cn.anju.security;
