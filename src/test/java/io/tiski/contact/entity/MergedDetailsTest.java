package io.tiski.contact.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which fields a card keeps when a duplicate is merged into it. */
class MergedDetailsTest {

    @Test
    void ownFieldsWinEmptyOnesAreFilledAndSlotsTakeWhatIsNew() {
        var survivor = details("Anna", null, "anna@example.com", null, null, null, "+358401234567", "mobile");
        var merged = details("Annie", "Virtanen", "ANNA@example.com", "work", "anna.v@work.example", "home",
                "+358501112222", null);

        var result = MergedDetails.of(survivor, merged);

        assertThat(result.details().firstName()).isEqualTo("Anna");
        assertThat(result.details().lastName()).isEqualTo("Virtanen");
        assertThat(result.details().email1()).as("the same address in other case is not repeated")
                .isEqualTo("anna@example.com");
        assertThat(result.details().email2()).isEqualTo("anna.v@work.example");
        assertThat(result.details().email2Label()).isEqualTo("home");
        assertThat(result.details().phone2()).isEqualTo("+358501112222");
        assertThat(result.leftOver()).as("the other first name, not lost").containsExactly("firstName: Annie");
    }

    @Test
    void whatFindsNoFreeSlotIsGivenBackWithItsLabel() {
        var survivor = details("Bo", "Ek", "bo@example.se", null, "bo@home.example", null, "+46701234567", null);
        var full = new ContactDetails("Bo", "Ek", null, null, null, null, null, null, null, "bo@example.se", null,
                "bo@home.example", null, "+46701234567", null, "+46707654321", null);
        var merged = details(null, null, "bo.ek@work.example", "work", null, null, "+46812345678", null);

        var result = MergedDetails.of(full, merged);

        assertThat(result.details()).isEqualTo(full);
        assertThat(result.leftOver()).containsExactly("work: bo.ek@work.example", "+46812345678");
        assertThat(MergedDetails.of(survivor, merged).leftOver()).as("a free phone slot").containsExactly("work: bo.ek@work.example");
    }

    @Test
    void aDifferingFieldOfTheDuplicateIsGivenBackNotDropped() {
        var survivor = new ContactDetails("Bo", "Ek", "Buyer", "Acme", null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        var merged = new ContactDetails("bo", "Ek-Lind", "Buyer", "Nordic Ltd", "Sales", null, null, null, null, null, null,
                null, null, null, null, null, null);

        var result = MergedDetails.of(survivor, merged);

        assertThat(result.details().lastName()).isEqualTo("Ek");
        assertThat(result.details().department()).as("taken where the survivor has none").isEqualTo("Sales");
        assertThat(result.leftOver()).as("the same in other case is no difference")
                .containsExactly("lastName: Ek-Lind", "organisation: Nordic Ltd");
    }

    private static ContactDetails details(String first, String last, String email1, String email1Label, String email2,
                                          String email2Label, String phone1, String phone1Label) {
        return new ContactDetails(first, last, null, null, null, null, null, null, null, email1, email1Label, email2,
                email2Label, phone1, phone1Label, null, null);
    }
}
