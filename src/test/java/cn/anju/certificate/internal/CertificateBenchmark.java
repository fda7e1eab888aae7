package cn.anju.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/**
 * mvn -Pbench verify: time to render and sign each kind of document (median of many), the size of a
 * two-child family's bundle, and beside them a one-line page in the same font (the PDFBox floor).
 */
class CertificateBenchmark {

    private static final int WARMUP = 50;
    private static final int RUNS = 200;

    interface Work {
        byte[] run() throws Exception;
    }

    @Test
    void renderTimePerDocumentAndBundleSize() throws Exception {
        Path keys = Files.createTempDirectory("anju-bench-keys");
        var font = new CjkFont();
        var renderer = new CertificateRenderer(font);
        var signer = new PdfSigner(new SigningKey(new CertificateProperties(keys.resolve("k.p12"), "bench", "anju",
                true, "https://anju.example", 30)));
        var application = CertificateDocumentsTest.application("李小红");
        var child = application.children().get(0);
        LocalDate today = LocalDate.of(2026, 11, 28);
        List<CertificateContent> contents = List.of(CertificateContent.residence(application, today),
                CertificateContent.schoolLetter(application, child, today),
                CertificateContent.clinicCard(application, child, today));

        double floor = medianMillis(() -> onePage(font));
        System.out.printf("%nBENCHMARK certificates (%d runs after %d warm-up, 2 cores)%n", RUNS, WARMUP);
        System.out.printf("baseline_one_line_page_ms=%.2f%n", floor);
        long bundle = 0;
        for (CertificateContent content : contents) {
            Work render = () -> renderer.render(content, "t", "a", "ABCDEFGHJKMN", "https://anju.example/verify/X");
            Work signed = () -> signer.sign(render.run(), "authority", "reason");
            double renderMs = medianMillis(render);
            double signedMs = medianMillis(signed);
            int size = signed.run().length;
            bundle += content.kind() == CertificateKind.RESIDENCE ? size : 2L * size;
            System.out.printf("%s: render_ms=%.2f render_and_sign_ms=%.2f size_kb=%.1f ratio_to_baseline=%.1f%n",
                    content.kind(), renderMs, signedMs, size / 1024.0, signedMs / floor);
        }
        System.out.printf("bundle_two_children_kb=%.1f (1 residence certificate + 2 school letters + 2 clinic cards)%n%n",
                bundle / 1024.0);
        assertThat(bundle).isPositive();
    }

    private static byte[] onePage(CjkFont font) throws Exception {
        synchronized (font) {
            try (var document = new PDDocument()) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (var stream = new PDPageContentStream(document, page)) {
                    stream.beginText();
                    stream.setFont(font.embedInto(document), 12);
                    stream.newLineAtOffset(56, 700);
                    stream.showText("居住证明 Residence Certificate");
                    stream.endText();
                }
                var out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        }
    }

    private static double medianMillis(Work work) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            work.run();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
