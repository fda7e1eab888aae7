package cn.anju.certificate.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.stereotype.Component;

/** Lays a certificate out on one A4 page: its lines, a vector QR code of the verification URL, the code. */
@Component
class CertificateRenderer {

    private static final float MARGIN = 56;
    private static final float QR_SIZE = 96;

    private final CjkFont cjkFont;

    CertificateRenderer(CjkFont cjkFont) {
        this.cjkFont = cjkFont;
    }

    byte[] render(CertificateContent content, String title, String author, String code, String verifyUrl)
            throws IOException {
        synchronized (cjkFont) {
            for (var line : content.lines()) {
                int missing = cjkFont.firstMissingCharacter(line.text());
                if (missing >= 0) {
                    throw new UndrawableTextException(missing);
                }
            }
            try (PDDocument document = new PDDocument()) {
                PDFont font = cjkFont.embedInto(document);
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                document.getDocumentInformation().setTitle(title);
                document.getDocumentInformation().setAuthor(author);
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    float y = height - MARGIN;
                    for (var line : content.lines()) {
                        y -= line.size() * 1.6f;
                        write(stream, font, line.size(), MARGIN, y, line.text());
                    }
                    float qrX = width - MARGIN - QR_SIZE;
                    float qrY = height - MARGIN - QR_SIZE;
                    drawQr(stream, verifyUrl, qrX, qrY, QR_SIZE);
                    String codeLabel = "核验码 Code: " + code;
                    float labelWidth = font.getStringWidth(codeLabel) / 1000 * 9;
                    write(stream, font, 9, qrX + QR_SIZE - labelWidth, qrY - 14, codeLabel);
                    write(stream, font, 8, MARGIN, MARGIN, "核验 Verify: " + verifyUrl);
                    stream.setLineWidth(0.8f);
                    stream.addRect(MARGIN / 2, MARGIN / 2, width - MARGIN, height - MARGIN);
                    stream.stroke();
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        }
    }

    private static void write(PDPageContentStream stream, PDFont font, float size, float x, float y, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    /** The QR code as filled squares: sharp at any zoom and in print, and no image to embed. */
    private static void drawQr(PDPageContentStream stream, String text, float x, float y, float size)
            throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IOException("Cannot encode the verification URL as a QR code", e);
        }
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    stream.addRect(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        stream.fill();
    }
}
