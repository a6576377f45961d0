package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

    private final UtcInstantConverter converter = new UtcInstantConverter();

    @Test
    void storesUtcWallClockAndReadsTheSameInstantBack() {
        var instant = Instant.parse("2026-03-29T01:30:00.123456Z");

        var stored = converter.convertToDatabaseColumn(instant);

        assertThat(stored).isEqualTo(LocalDateTime.parse("2026-03-29T01:30:00.123456"));
        assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(instant);
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }
}
