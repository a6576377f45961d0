package io.tiski.contact.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the name a customer typed in the widget fits the name on a card found by their phone or
 * e-mail. A shared family phone or a work mailbox finds someone else's card: when the names differ,
 * the desk shows the card as a possible match only, and shows none of its notes, until an agent
 * confirms it. The rule is lenient about typing only: case, accents, punctuation, word order, a
 * surname left out or shortened to its initial ("Anna V" fits Anna Virtanen). Every word typed must
 * be a word of the card's name or the initial of one, and at least one must be a whole word; a card
 * without a person's name fits no one. A customer who gave no name contradicts no card.
 */
public final class GivenName {

    private GivenName() {
    }

    public static boolean fits(String given, String firstName, String lastName) {
        var typed = words(given);
        if (typed.isEmpty()) {
            return true;
        }
        Set<String> card = words((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName))
                .stream().collect(Collectors.toSet());
        boolean whole = false;
        for (String word : typed) {
            if (card.contains(word)) {
                whole = true;
            } else if (word.length() != 1 || card.stream().noneMatch(name -> name.startsWith(word))) {
                return false;
            }
        }
        return whole;
    }

    /** Lower case, accents dropped, split at anything but letters and digits ("Anna-Maria" is two words). */
    static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
    }
}
