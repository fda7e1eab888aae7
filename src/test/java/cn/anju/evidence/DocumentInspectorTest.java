package cn.anju.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anju.TestFiles;
import cn.anju.web.ApiException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Crafted uploads: each is refused with a reason, quickly, without exhausting memory. */
class DocumentInspectorTest {

    private DocumentInspector inspector = inspector(Duration.ofSeconds(5));

    private static DocumentInspector inspector(Duration timeout) {
        return new DocumentInspector(new DocumentProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(11), 50,
                DataSize.ofMegabytes(64), timeout, 100_000_000L));
    }

    @AfterEach
    void stop() {
        inspector.destroy();
    }

    private static byte[] pdf(int pages, StandardProtectionPolicy protection) throws Exception {
        return TestFiles.pdf(pages, protection);
    }

    private String refusal(FileType type, byte[] content) {
        try {
            inspector.inspect(type, content);
            return null;
        } catch (ApiException e) {
            assertThat(e.status().value()).isEqualTo(422);
            return e.getMessage();
        }
    }

    @Nested
    class Pdfs {

        @Test
        void aPlainPdfIsAccepted() throws Exception {
            assertThatCode(() -> inspector.inspect(FileType.PDF, pdf(3, null))).doesNotThrowAnyException();
        }

        @Test
        void aTruncatedPdfIsRefused() throws Exception {
            byte[] whole = pdf(1, null);
            byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 3);
            assertThat(refusal(FileType.PDF, truncated)).contains("not a readable PDF");
        }

        @Test
        void garbageAfterTheMagicBytesIsRefused() {
            assertThat(refusal(FileType.PDF, "%PDF-1.7\nthis is not a pdf at all".getBytes(StandardCharsets.US_ASCII)))
                    .contains("not a readable PDF");
        }

        @Test
        void aPasswordProtectedPdfIsRefused() throws Exception {
            var policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            assertThat(refusal(FileType.PDF, pdf(1, policy))).contains("password");
        }

        @Test
        void aPdfWithOnlyRestrictionsIsStillRefusedAsEncrypted() throws Exception {
            var policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            assertThat(refusal(FileType.PDF, pdf(1, policy))).contains("encrypted");
        }

        @Test
        void tooManyPagesAreRefused() throws Exception {
            assertThat(refusal(FileType.PDF, pdf(51, null))).contains("51 pages");
        }

        @Test
        void aParseThatTakesTooLongIsCutOff() throws Exception {
            inspector.destroy();
            // A parse that never ends in time, whatever the machine's speed: the limit must cut it off.
            inspector = new DocumentInspector(new DocumentProperties(DataSize.ofMegabytes(10),
                    DataSize.ofMegabytes(11), 50, DataSize.ofMegabytes(64), Duration.ofMillis(100), 100_000_000L)) {
                @Override
                String pdfProblem(byte[] content) {
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException cancelled) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                }
            };
            long start = System.nanoTime();
            assertThat(refusal(FileType.PDF, pdf(1, null))).contains("too long");
            assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        }
    }

    @Nested
    class Images {

        @Test
        void aSmallPngIsAccepted() throws Exception {
            var out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
            assertThatCode(() -> inspector.inspect(FileType.PNG, out.toByteArray())).doesNotThrowAnyException();
        }

        @Test
        void aPngClaimingTenBillionPixelsIsRefusedFromItsHeader() {
            long start = System.nanoTime();
            assertThat(refusal(FileType.PNG, pngHeader(100_000, 100_000))).contains("too large an image");
            assertThat(System.nanoTime() - start).as("nothing was decoded").isLessThan(2_000_000_000L);
        }

        @Test
        void aJpegThatIsOnlyItsMagicBytesIsRefused() {
            assertThat(refusal(FileType.JPEG, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2}))
                    .contains("not a readable image");
        }
    }

    /** PNG signature and an IHDR chunk announcing the given size, with no pixel data after it. */
    static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        byte[] type = "IHDR".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 4 + 13 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put(type).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }
}
