package cn.anju;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Real files to upload. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A PDF of the given number of blank pages, optionally protected. */
    public static byte[] pdf(int pages, StandardProtectionPolicy protection) throws Exception {
        try (var document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            if (protection != null) {
                document.protect(protection);
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A photo-like PNG of the given size (a lease shot with a phone, as far as the server can tell). */
    public static byte[] png(int width, int height) throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(java.awt.Color.DARK_GRAY);
        for (int y = height / 10; y < height; y += height / 10) {
            g.fillRect(width / 10, y, width * 8 / 10, Math.max(1, height / 60));
        }
        g.dispose();
        var out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
