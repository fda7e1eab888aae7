package cn.anju.identity;

/**
 * Identity and phone numbers as staff pages show them when the task does not need the whole number:
 * enough to tell two people apart on the phone, not enough to use. 3604**********0071, 138****8000.
 */
public final class Masked {

    private Masked() {
    }

    public static String residentId(String residentId) {
        if (residentId == null) {
            return null;
        }
        if (residentId.length() <= 8) {
            return "*".repeat(residentId.length());
        }
        return residentId.substring(0, 4) + "*".repeat(residentId.length() - 8)
                + residentId.substring(residentId.length() - 4);
    }

    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
