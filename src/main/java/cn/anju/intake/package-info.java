/** Submission API: request records with Jakarta Validation, cross-field rules, idempotency. */
package cn.anju.intake;
