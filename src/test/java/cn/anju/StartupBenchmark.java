package cn.anju;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * mvn -Pbench verify -Dit.test=StartupBenchmark: the packaged application started as an operator starts
 * it (java -jar, default configuration, an H2 file database), first on an empty database, then again on
 * the existing one: seconds until it has started, and resident memory (VmRSS) once idle. Each round runs
 * plain {@code java -jar} and the extracted jar with Spring Boot's class-data sharing archive
 * (docs/operations.md), in the same run.
 */
class StartupBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    private static final int IDLE_SECONDS = Integer.getInteger("bench.idle-seconds", 20);
    /** The memory settings tried beside the archive (space-separated JVM options). */
    private static final String MEMORY = System.getProperty("bench.memory-options",
            "-Xms64m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=96m -Xss512k");
    private static final Path WORK = Path.of("target", "startup-bench");
    private static final String KEYSTORE = "--anju.certificates.keystore=" + WORK.resolve("signing.p12");

    private record Run(double seconds, long residentMb) {
    }

    @Test
    void startUpOnAnExistingDatabase() throws Exception {
        Path jar = packagedJar();
        deleteTree(WORK);
        Files.createDirectories(WORK);
        String database = "--spring.datasource.url=jdbc:h2:file:./" + WORK.resolve("db/anju") + ";AUTO_SERVER=FALSE";
        Run fresh = start(List.of("-jar", jar.toString()), database);

        Path app = WORK.resolve("app");
        exec(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", app.toString()));
        Path extracted = app.resolve(jar.getFileName());
        Path archive = app.resolve("anju.jsa");
        exec(List.of(java(), "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
                extracted.toString(), "--spring.datasource.url=jdbc:h2:mem:training", "--server.port=0", KEYSTORE));
        assertThat(archive).exists();

        List<Run> plain = new ArrayList<>();
        List<Run> shared = new ArrayList<>();
        List<Run> small = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            plain.add(start(List.of("-jar", jar.toString()), database));
            shared.add(start(List.of("-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString()), database));
            List<String> options = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
            options.addAll(Arrays.asList(MEMORY.trim().split("\\s+")));
            options.addAll(List.of("-jar", extracted.toString()));
            small.add(start(options, database));
        }
        System.out.printf("%nBENCHMARK start-up on an existing H2 file database, %d rounds, %d cores%n", ROUNDS,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("first start (empty database, migrations): %.1f s, %d MB%n", fresh.seconds(), fresh.residentMb());
        System.out.println("java -jar:                 " + describe(plain));
        System.out.println("java -jar with CDS archive: " + describe(shared));
        System.out.println("with CDS archive and " + MEMORY + ": " + describe(small));
        System.out.printf("startup_small_s=%.1f resident_small_mb=%.0f (CDS archive and %s)%n",
                median(small.stream().mapToDouble(Run::seconds).toArray()),
                median(small.stream().mapToDouble(Run::residentMb).toArray()), MEMORY);
        System.out.printf("startup_s=%.1f%n", median(shared.stream().mapToDouble(Run::seconds).toArray()));
        System.out.printf("resident_mb=%.0f%n", median(shared.stream().mapToDouble(Run::residentMb).toArray()));
        System.out.printf("startup_baseline_s=%.1f (java -jar)%n", median(plain.stream().mapToDouble(Run::seconds).toArray()));
        System.out.printf("resident_baseline_mb=%.0f (java -jar)%n%n",
                median(plain.stream().mapToDouble(Run::residentMb).toArray()));
    }

    /** Starts the application, waits for "Started", lets it idle, reads its resident memory and stops it. */
    private static Run start(List<String> javaArgs, String database) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(javaArgs);
        command.addAll(List.of(database, "--server.port=0", KEYSTORE));
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            CompletableFuture<Boolean> started = new CompletableFuture<>();
            Thread reader = new Thread(() -> read(process, started));
            reader.setDaemon(true);
            reader.start();
            assertThat(started.get(180, TimeUnit.SECONDS)).as("started").isTrue();
            double seconds = (System.nanoTime() - t0) / 1e9;
            Thread.sleep(IDLE_SECONDS * 1000L);
            return new Run(seconds, residentMb(process.pid()));
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static void read(Process process, CompletableFuture<Boolean> started) {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.contains("Started AnjuApplication")) {
                    started.complete(true);
                } else if (line.contains("APPLICATION FAILED TO START")) {
                    started.complete(false);
                }
            }
        } catch (IOException e) {
            started.completeExceptionally(e);
        }
        started.complete(false);
    }

    private static long residentMb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElseThrow();
    }

    private static void exec(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(WORK.resolve("exec.log").toFile()).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("anju-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged jar: run mvn -Pbench verify"));
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String describe(List<Run> runs) {
        return runs.stream().map(r -> String.format("%.1f s %d MB", r.seconds(), r.residentMb()))
                .reduce((a, b) -> a + " | " + b).orElse("");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> all = Files.walk(root)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
