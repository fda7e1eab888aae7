/** Bean Validation constraints on identity numbers and names, for the request records of other modules. */
@org.springframework.modulith.NamedInterface("constraints")
package cn.anju.identity.constraints;
