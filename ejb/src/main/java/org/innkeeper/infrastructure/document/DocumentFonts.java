package org.innkeeper.infrastructure.document;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.librepdf.openpdf.fonts.Liberation;

/** Liberation Sans, embedded; the files are read once, the fonts made per document. */
record DocumentFonts(BaseFont regular, BaseFont bold) {

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";
    private static final byte[] REGULAR_FILE = read(REGULAR);
    private static final byte[] BOLD_FILE = read(BOLD);

    static DocumentFonts load() {
        return new DocumentFonts(embedded(REGULAR, REGULAR_FILE), embedded(BOLD, BOLD_FILE));
    }

    Font font(boolean strong, float size) {
        return font(strong, size, Color.BLACK);
    }

    Font font(boolean strong, float size, Color color) {
        return new Font(strong ? bold : regular, size, Font.NORMAL, color);
    }

    private static BaseFont embedded(String name, byte[] file) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        // Read through the fonts jar's own class, so its loader finds them in any deployment layout.
        try (InputStream in = Liberation.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
