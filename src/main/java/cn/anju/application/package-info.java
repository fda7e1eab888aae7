/**
 * The case itself: an application, its applicants, children and housing evidence, its status
 * projection and timeline. Every feature reads it; it imports no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application", allowedDependencies = {"identity"})
package cn.anju.application;
