package org.standby.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentCodingTest {

    @ParameterizedTest(name = "Accept-Encoding: {0} -> gzip {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "gzip, deflate, br | true",
                "br;q=1.0, gzip;q=0.8 | true",
                "GZIP | true",
                "x-gzip | true",
                "* | true",
                "deflate, *;q=0.5 | true",
                "gzip;q=0 | false",
                "gzip; q=0.000 | false",
                "*;q=0 | false",
                "gzip;q=abc | false",
                "identity | false",
                "deflate, br | false",
                "gzipped | false",
            })
    void readsTheCodingsAndTheirWeights(String acceptEncoding, boolean gzip) {
        assertThat(ContentCoding.acceptsGzip(acceptEncoding)).isEqualTo(gzip);
    }

    @Test
    void noHeaderMeansIdentity() {
        assertThat(ContentCoding.acceptsGzip(null)).isFalse();
        assertThat(ContentCoding.acceptsGzip("")).isFalse();
    }

    @Test
    void theGzipTagIsAnotherStrongTagOfTheSameVersion() {
        assertThat(ContentCoding.gzipEtag("\"abc\"")).isEqualTo("\"abc-gzip\"");
    }

    @Test
    void compressesLosslessly() throws IOException {
        byte[] body = "BEGIN:VCALENDAR\r\nSUMMARY:Zoë Müller-Łukasiewicz 李雷\r\n"
                .repeat(500)
                .getBytes(StandardCharsets.UTF_8);
        byte[] gzipped = ContentCoding.gzip(body);
        assertThat(gzipped.length).isLessThan(body.length / 10);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            assertThat(in.readAllBytes()).isEqualTo(body);
        }
    }
}
