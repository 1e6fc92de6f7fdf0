package org.standby.agreement.dto;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * An optional {@code HH:mm} time: a string or null, never an array (Jackson reads {@code []} as no time, which would
 * turn a wrong value into a missing one).
 */
public final class HourMinute extends StdScalarDeserializer<LocalTime> {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

    public HourMinute() {
        super(LocalTime.class);
    }

    @Override
    public LocalTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalTime) context.handleUnexpectedToken(LocalTime.class, parser);
        }
        String text = parser.getText().strip();
        try {
            return LocalTime.parse(text, FORMAT);
        } catch (DateTimeParseException e) {
            return (LocalTime) context.handleWeirdStringValue(LocalTime.class, text, "not a time such as 07:30");
        }
    }
}
