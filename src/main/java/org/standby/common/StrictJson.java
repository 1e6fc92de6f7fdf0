package org.standby.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * JSON values are taken as what they claim to be, never changed on the way in (issue 22): an enum is named, not
 * numbered; a whole number is not 3.5; a date is an ISO date ({@code 2027-06-30}) of the years
 * {@value #FIRST_YEAR}..{@value #LAST_YEAR}, never a number or {@code -0001-06-01}; times are strict ({@code 24:00}
 * is none); text holds no control characters other than tab and line ends, and no broken UTF-16 (a lone
 * surrogate). Each refusal is a 400 naming the field ({@link ProblemMappers}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** Last of all customizers: its date deserializer must be registered after Quarkus' JavaTimeModule to win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // one document per body: {"name":"Ana"}{"name":"Ben"} is refused, not read as Ana (NastyBodiesTest)
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // java.time: no numbers or arrays for dates, STRICT resolving of patterns (24:00 is no HH:mm time)
        mapper.setDefaultLeniency(false);
        SimpleModule module = new SimpleModule("standby-strict-json");
        module.addDeserializer(LocalDate.class, new DateDeserializer());
        module.addDeserializer(String.class, new TextDeserializer());
        mapper.registerModule(module);
    }

    /** An ISO date of four-digit years within the supported range; anything else is refused. */
    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().strip();
            LocalDate date;
            try {
                date = LocalDate.parse(text, ISO_DATE);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not an ISO date");
            }
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                return (LocalDate) context.handleWeirdStringValue(
                        LocalDate.class, text, "a year from " + FIRST_YEAR + " to " + LAST_YEAR);
            }
            return date;
        }
    }

    /** Text without control characters (tab, CR and LF allowed) and without lone surrogates. */
    static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text == null) {
                return null;
            }
            String problem = problemOf(text);
            if (problem != null) {
                return (String) context.handleWeirdStringValue(String.class, text, problem);
            }
            return text;
        }
    }

    /** What is wrong with a text, or null: a control character or a lone surrogate, with its position. */
    public static String problemOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "broken UTF-16 (a lone surrogate) at position " + (i + 1);
            }
            if (Character.isLowSurrogate(c)) {
                return "broken UTF-16 (a lone surrogate) at position " + (i + 1);
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return String.format("a control character (U+%04X) at position %d", (int) c, i + 1);
            }
        }
        return null;
    }
}
