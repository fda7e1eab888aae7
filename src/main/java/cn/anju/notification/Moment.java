package cn.anju.notification;

/** A moment of the case the family is told about; names the message texts ({@code notification.<key>.*}). */
enum Moment {
    RECEIVED("received"),
    ITEMS_MISSING("items-missing"),
    RESPONSE_DUE("response-due"),
    APPROVED("approved"),
    REJECTED("rejected"),
    WITHDRAWN("withdrawn"),
    CERTIFICATES_READY("certificates-ready");

    private final String key;

    Moment(String key) {
        this.key = key;
    }

    String messageKey(String part) {
        return "notification." + key + "." + part;
    }
}
