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
}
