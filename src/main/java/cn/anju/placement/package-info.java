/** Each child's school, grade, transport and clinic. */
@org.springframework.modulith.ApplicationModule(displayName = "Placement", allowedDependencies = {"application", "security", "web"})
package cn.anju.placement;
