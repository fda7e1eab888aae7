package cn.anju.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.core.io.Resource;

/**
 * A reference file of the city (housing registry, schools, clinics...): UTF-8, comma-separated, no
 * quoting, lines starting with '#' are comments. A malformed row stops the start with its file and
 * line, never a half-loaded city.
 */
public final class ReferenceFile {

    private ReferenceFile() {
    }

    /** One data row: its fields and where it came from, for error messages. */
    public record Row(String source, int line, List<String> fields) {

        public String text(int column) {
            return fields.get(column).trim();
        }

        public String textOrNull(int column) {
            String value = text(column);
            return value.isEmpty() ? null : value;
        }

        public int integer(int column) {
            try {
                return Integer.parseInt(text(column));
            } catch (NumberFormatException e) {
                throw problem("column " + (column + 1) + " is not a whole number: " + text(column));
            }
        }

        public double decimal(int column) {
            try {
                return Double.parseDouble(text(column));
            } catch (NumberFormatException e) {
                throw problem("column " + (column + 1) + " is not a number: " + text(column));
            }
        }

        public District district(int column) {
            try {
                return District.valueOf(text(column));
            } catch (IllegalArgumentException e) {
                throw problem("unknown district " + text(column));
            }
        }

        public IllegalStateException problem(String what) {
            return new IllegalStateException(source + " line " + line + ": " + what);
        }
    }

    /** Reads every data row of the file, each with exactly {@code columns} fields, and maps it. */
    public static <T> List<T> read(Resource file, int columns, Function<Row, T> mapper) {
        String source = file.getDescription();
        List<T> rows = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                var row = new Row(source, number, List.of(text.split(",", -1)));
                if (row.fields().size() != columns) {
                    throw row.problem(columns + " columns expected, " + row.fields().size() + " found");
                }
                rows.add(mapper.apply(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
        return rows;
    }
}
