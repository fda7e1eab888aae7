package cn.anju.accesslog.internal;

import cn.anju.accesslog.AccessRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The records as a spreadsheet opens them: UTF-8 with a byte order mark (Excel), one row per record. */
final class AccessLogCsv {

    private AccessLogCsv() {
    }

    static byte[] render(List<AccessRecord> records) {
        var out = new StringBuilder("\uFEFF");
        out.append("id,occurredAt,user,role,district,applicationId,what,taskId\r\n");
        for (AccessRecord r : records) {
            out.append(r.id()).append(',').append(r.occurredAt()).append(',').append(cell(r.username())).append(',')
                    .append(r.role()).append(',').append(r.district() == null ? "" : r.district()).append(',')
                    .append(r.applicationId()).append(',').append(r.what()).append(',')
                    .append(r.taskId() == null ? "" : cell(r.taskId())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Quoted, and never read by a spreadsheet as a formula. */
    private static String cell(String value) {
        String text = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
