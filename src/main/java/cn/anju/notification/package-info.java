/**
 * Notifications: the family is told, in its language, whenever its case needs it or changes. Listeners
 * write one outbox row per moment in the transaction of the change; a scheduled dispatcher claims due
 * rows, renders them from the domain tables and sends email and SMS, each row once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = {"application"})
package cn.anju.notification;
