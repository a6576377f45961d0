package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.model.SelectItem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZoneChoicesTest {

    private static final Instant DECEMBER = Instant.parse("2026-12-07T10:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Helsinki", "Europe/Kyiv", "America/Argentina/Buenos_Aires", "Asia/Kolkata", "UTC"})
    void currentZonesAreOffered(String id) {
        assertThat(TimeZoneChoices.isCurrent(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EST5EDT", "US/Eastern", "Etc/GMT+5", "SystemV/AST4", "Cuba", "Europe/Kiev", "Asia/Calcutta"})
    void legacyAndRenamedZonesAreNot(String id) {
        assertThat(TimeZoneChoices.isCurrent(id)).isFalse();
    }

    @Test
    void eachZoneIsNamedByCityIdNameAndOffsetInTheReadersLanguage() {
        assertThat(TimeZoneChoices.label(ZoneId.of("Europe/Helsinki"), Locale.ENGLISH, DECEMBER))
                .isEqualTo("Helsinki (Europe/Helsinki) – Eastern European Time, UTC+02:00");
        assertThat(TimeZoneChoices.label(ZoneId.of("America/Argentina/Buenos_Aires"), Locale.ENGLISH, DECEMBER))
                .startsWith("Buenos Aires (America/Argentina/Buenos_Aires) – ").endsWith(", UTC-03:00");
        assertThat(TimeZoneChoices.label(ZoneId.of("Europe/Helsinki"), Locale.forLanguageTag("fi"), DECEMBER))
                .isEqualTo("Helsinki (Europe/Helsinki) – Itä-Euroopan aika, UTC+02:00");
        assertThat(TimeZoneChoices.label(ZoneId.of("UTC"), Locale.ENGLISH, DECEMBER)).endsWith(", UTC");
    }

    @Test
    void orderedByOffsetAndAZoneAlreadyChosenStaysInTheList() {
        var values = TimeZoneChoices.of(Locale.ENGLISH, DECEMBER, "US/Eastern").stream().map(SelectItem::getValue).toList();

        assertThat(values).contains("US/Eastern", "UTC").doesNotContain("EST5EDT", "Europe/Kiev");
        assertThat(values.indexOf("America/New_York")).isLessThan(values.indexOf("UTC"));
        assertThat(values.indexOf("UTC")).isLessThan(values.indexOf("Europe/Helsinki"));
    }
}
