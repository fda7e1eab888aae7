/** Certificates: PDF rendering with an embedded CJK font, verification codes, stored PDFs. */
@org.springframework.modulith.ApplicationModule(displayName = "Certificates", allowedDependencies = {"accesslog", "application", "security", "web"})
package cn.anju.certificate;
