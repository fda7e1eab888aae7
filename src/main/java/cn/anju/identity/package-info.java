/** Resident identity numbers (GB 11643-1999): the value type and its Bean Validation constraints. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity numbers", allowedDependencies = {})
package cn.anju.identity;
