package org.standby.compensation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.compensation.CompensationCsvRenderer.number;
import static org.standby.compensation.CompensationCsvRenderer.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompensationCsvRendererTest {

    @Test
    void rfc4180WithBomAndCrlfAndNonAsciiNames() {
        String csv = CompensationCsvRenderer.render(
                List.of("memberId", "name", "earnedHours"),
                List.of(
                        List.of(number(7), text("Zoë Müller-Łukasiewicz"), number(8.75)),
                        List.of(number(8), text("O'Brien, \"Ben\""), number(13.0))));
        assertThat(csv)
                .isEqualTo("\uFEFFmemberId,name,earnedHours\r\n"
                        + "7,Zoë Müller-Łukasiewicz,8.75\r\n"
                        + "8,\"O'Brien, \"\"Ben\"\"\",13\r\n");
        byte[] bytes = CompensationCsvRenderer.bytes(List.of("a"), List.of());
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa\r\n");
    }

    @ParameterizedTest(name = "[{0}] is written as [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "plain|plain",
                "with, comma|`\"with, comma\"`",
                "=SUM(A1)|'=SUM(A1)",
                "+49 69|'+49 69",
                "-1|'-1",
                "@cmd|'@cmd",
            })
    void fieldsAreQuotedWhenNeededAndFormulasAreDefused(String value, String written) {
        assertThat(CompensationCsvRenderer.field(text(value))).isEqualTo(written);
    }

    @Test
    void lineBreaksInsideAFieldAreQuotedAndNumbersArePlain() {
        assertThat(CompensationCsvRenderer.field(text("two\r\nlines"))).isEqualTo("\"two\r\nlines\"");
        assertThat(CompensationCsvRenderer.field(number(0.125))).isEqualTo("0.125");
        assertThat(CompensationCsvRenderer.field(number(-2.5))).isEqualTo("-2.5");
        assertThat(CompensationCsvRenderer.field(number(1e7))).isEqualTo("10000000");
    }
}
