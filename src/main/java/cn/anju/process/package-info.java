/**
 * Camunda glue only: deployer, delegates and listeners (each calls one feature service), ids and
 * the typed variables facade. The only feature package that knows the engine.
 */
package cn.anju.process;
