package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"anna@example.com", "A.B+orders@ex-ample.co.uk", "o’neil@example.ie", "o'neil@example.ie"})
    void plausibleAddressesPass(String address) {
        assertThat(EmailAddresses.isPlausible(address)).isTrue();
    }

    /** Lists and display names would let one "address" reach several recipients through the mail parser. */
    @ParameterizedTest
    @ValueSource(strings = {"anna@example.com,boss", "anna@example.com;boss@example.com", "Anna <anna@example.com>",
            "anna example@example.com", "anna@example", "\"anna\"@example.com", "anna@@example.com", "(x)anna@example.com"})
    void listsAndDisplayNamesAreRefused(String address) {
        assertThat(EmailAddresses.isPlausible(address)).isFalse();
    }
}
