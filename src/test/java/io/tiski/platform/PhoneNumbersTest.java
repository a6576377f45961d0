package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource({
            "'+358 40 123 4567', FI, +358401234567",
            "'040 123 4567',     FI, +358401234567",
            "0401234567,         FI, +358401234567",
            "00358401234567,     FI, +358401234567",
            "'+358 (0)40-123 45 67', FI, +358401234567",
            "'+358401234567',    SE, +358401234567",
            "'070-123 45 67',    SE, +46701234567",
            "'0046 70 123 45 67', FI, +46701234567",
            "'603 123 456',      CZ, +420603123456",
            "'0151 23456789',    DE, +4915123456789",
            "'07700 900123',     GB, +447700900123",
            "'(201) 555-0123',   US, +12015550123",
            "'011 358 40 123 4567', US, +358401234567",
            "'+358401234567',    fi, +358401234567",
    })
    void bringsEverySpellingToE164(String typed, String country, String expected) {
        assertThat(PhoneNumbers.e164(typed, country)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12", "abc", "call me", "+358", "+358 40 123 4567 8901 2345 6789 0123 4567 8901"})
    void somethingThatCannotBeANumberIsNone(String typed) {
        assertThat(PhoneNumbers.e164(typed, "FI")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345abc", "040 123 ABC", "+358 40 CALL NOW", "0401234567x", "040 123 4567 ext 12"})
    void lettersAreNeverReadAsAKeypadWould(String typed) {
        assertThat(PhoneNumbers.e164(typed, "FI")).as("not stored as a keypad-translated number").isEmpty();
        assertThat(PhoneNumbers.refusalKey(typed, "not.a.number")).isEqualTo("phone.letters");
    }

    @Test
    void aWordIsNotANumberRatherThanANumberWithLetters() {
        assertThat(PhoneNumbers.refusalKey("call me", "not.a.number")).isEqualTo("not.a.number");
        assertThat(PhoneNumbers.refusalKey("12", "not.a.number")).isEqualTo("not.a.number");
    }

    @Test
    void aNationalNumberWithoutACountryIsNone() {
        assertThat(PhoneNumbers.e164("0401234567", null)).isEmpty();
        assertThat(PhoneNumbers.e164("+358401234567", null)).hasValue("+358401234567");
    }

    @Test
    void knowsCountryCodes() {
        assertThat(PhoneNumbers.isKnownCountry("FI")).isTrue();
        assertThat(PhoneNumbers.isKnownCountry("cz")).isTrue();
        assertThat(PhoneNumbers.isKnownCountry("XX")).isFalse();
        assertThat(PhoneNumbers.isKnownCountry(null)).isFalse();
    }
}
