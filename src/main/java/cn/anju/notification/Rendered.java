package cn.anju.notification;

/** One notification ready to send: where to (either may be null) and what, in the family's language. */
record Rendered(String email, String mobile, String subject, String body, String sms) {
}
