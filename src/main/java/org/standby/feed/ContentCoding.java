package org.standby.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * gzip for feed answers. Calendar apps send {@code Accept-Encoding: gzip}; a year's feed shrinks about eighteenfold
 * (70 KB to 4 KB), and it is compressed once per rendering, not per answer. Both representations share one
 * version: the gzip one has its own strong ETag (the identity tag with {@code -gzip} inside the quotes), and a
 * conditional request naming either tag is answered 304 (see {@link ConditionalGet}).
 */
final class ContentCoding {

    static final String GZIP = "gzip";
    static final String VARY = "Accept-Encoding";

    private ContentCoding() {}

    /**
     * Whether an {@code Accept-Encoding} value accepts gzip (RFC 9110 §12.5.3): {@code gzip}, {@code x-gzip} or
     * {@code *} with a weight above zero; without the header, the identity coding.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String element : acceptEncoding.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].strip();
            if ((coding.equalsIgnoreCase(GZIP) || coding.equalsIgnoreCase("x-gzip") || coding.equals("*"))
                    && weight(parts) > 0) {
                return true;
            }
        }
        return false;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.length() > 2
                    && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                    && parameter.charAt(1) == '=') {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** The ETag of the gzip representation of the identity representation tagged {@code etag} ("…" quoted). */
    static String gzipEtag(String etag) {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 6 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
