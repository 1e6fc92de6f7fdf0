package org.standby.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Dates in request bodies are years 0001 to 9999 (four-digit ISO-8601). Java reads years up to ±999,999,999,
 * which no database column holds and no calendar loop should meet: such a date is refused while the body is read,
 * as a 400 naming its field ({@code start: cannot be read as a date}), for every body at once.
 */
@Singleton
public class JsonDates implements ObjectMapperCustomizer {

    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("standby-dates").addDeserializer(LocalDate.class, new Bounded()));
    }

    static final class Bounded extends StdDeserializer<LocalDate> {

        Bounded() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
                throw context.weirdStringException(parser.getText(), LocalDate.class,
                        "the year must be 0001 to 9999");
            }
            return date;
        }
    }
}
