/**
 * Camunda glue only: deployer, delegates and listeners (each calls one feature service), ids and
 * the typed variables facade. The only feature package that knows the engine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process (the engine)", allowedDependencies = {"application", "certificate", "decision", "evidence", "placement", "security", "staff", "web"})
package cn.anju.process;
