package cn.anju;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Variants of the demo city's reference files for tests and benchmarks. */
public final class TestCity {

    private TestCity() {
    }

    /**
     * The demo city's schools with a hundred times the seats, written under target/: for runs where
     * every family lives on the same street and every child should get a seat.
     */
    public static String roomySchools() {
        Path target = Path.of("target", "roomy-schools.csv");
        try (InputStream in = TestCity.class.getResourceAsStream("/reference/schools.csv")) {
            String roomy = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.startsWith("#") ? line
                            : line.substring(0, line.lastIndexOf(',') + 1)
                                    + Integer.parseInt(line.substring(line.lastIndexOf(',') + 1)) * 100)
                    .collect(Collectors.joining("\n"));
            Files.createDirectories(target.getParent());
            Files.writeString(target, roomy);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return target.toAbsolutePath().toString();
    }
}
