package cn.anju.certificate.internal;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Noto Sans SC (SIL OFL, shipped in resources/fonts), a TrueType font with glyf outlines that PDFBox
 * can subset. Parsed once: at 10 MB, parsing per document would cost more than rendering.
 */
@Component
class CjkFont {

    private static final String RESOURCE = "/fonts/NotoSansSC_400Regular.ttf";

    private final TrueTypeFont font;

    CjkFont() throws IOException {
        try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Font " + RESOURCE + " is missing from the classpath");
            }
            font = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
    }

    /** The font, embedded as a subset into one document. Callers hold the lock: the parsed font is shared. */
    PDType0Font embedInto(PDDocument document) throws IOException {
        return PDType0Font.load(document, font, true);
    }

    /** The first character of the text that the font cannot draw, or -1 when it can draw them all. */
    int firstMissingCharacter(String text) throws IOException {
        var cmap = font.getUnicodeCmapLookup();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint != ' ' && cmap.getGlyphId(codePoint) == 0) {
                return codePoint;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }
}
