package io.tiski.contact.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which names a customer types fit the card found by their phone or e-mail, and which make it a possible match. */
class GivenNameTest {

    @Test
    void typingVariantsOfTheCardsNameFit() {
        assertThat(GivenName.fits("Anna Virtanen", "Anna", "Virtanen")).isTrue();
        assertThat(GivenName.fits("  virtanen, ANNA ", "Anna", "Virtanen")).as("case, order, punctuation").isTrue();
        assertThat(GivenName.fits("Anna", "Anna", "Virtanen")).as("surname left out").isTrue();
        assertThat(GivenName.fits("Anna V.", "Anna", "Virtanen")).as("surname's initial").isTrue();
        assertThat(GivenName.fits("Jarvinen", "Pekka", "Järvinen")).as("accents").isTrue();
        assertThat(GivenName.fits("Anna Maria Virtanen", "Anna-Maria", "Virtanen")).isTrue();
        assertThat(GivenName.fits(null, "Anna", "Virtanen")).as("no name given contradicts nothing").isTrue();
        assertThat(GivenName.fits(" ", "Anna", "Virtanen")).isTrue();
    }

    @Test
    void anotherPersonsNameDiffers() {
        assertThat(GivenName.fits("Maria Virtanen", "Anna", "Virtanen")).as("same family, another person").isFalse();
        assertThat(GivenName.fits("Anna Wirtanen", "Anna", "Virtanen")).isFalse();
        assertThat(GivenName.fits("A V", "Anna", "Virtanen")).as("initials only").isFalse();
        assertThat(GivenName.fits("Anna X", "Anna", "Virtanen")).as("an initial of no word").isFalse();
        assertThat(GivenName.fits("Anna", null, null)).as("a card without a person's name").isFalse();
        assertThat(GivenName.fits("Maria <b>V</b>", "Maria", "Virtanen")).as("markup is not a name").isFalse();
    }
}
