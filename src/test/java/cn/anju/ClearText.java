package cn.anju;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where numbers that must be sealed appear in clear: in any text column of a database, or in its files. */
public final class ClearText {

    /** The identity and phone numbers of TestApplications.twoChildren(). */
    public static final List<String> NUMBERS = List.of(TestApplications.PARENT_ID, TestApplications.CHILD_1_ID,
            TestApplications.CHILD_2_ID, "13800138000");

    private ClearText() {
    }

    /** "table.column: number" for each text column (any schema the application uses) holding a number. */
    public static List<String> inColumns(JdbcClient jdbc) {
        List<String> found = new ArrayList<>();
        var columns = jdbc.sql("""
                select table_schema, table_name, column_name from information_schema.columns
                where lower(table_schema) in ('public') and lower(data_type) in
                    ('character varying', 'text', 'character large object', 'clob', 'character')""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        for (String[] c : columns) {
            for (String number : NUMBERS) {
                long hits = jdbc.sql("select count(*) from \"" + c[0] + "\".\"" + c[1] + "\" where cast(\"" + c[2]
                        + "\" as varchar(1000000)) like ?").param("%" + number + "%").query(Long.class).single();
                if (hits > 0) {
                    found.add(c[1] + "." + c[2] + ": " + number);
                }
            }
        }
        return found;
    }

    /** "file: number" for each file under the directory whose bytes hold a number (ASCII, as H2 stores it). */
    public static List<String> inFiles(Path directory) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                NUMBERS.stream().filter(bytes::contains).forEach(n -> found.add(file.getFileName() + ": " + n));
            }
        }
        return found;
    }
}
