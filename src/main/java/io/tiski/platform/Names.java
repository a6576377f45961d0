package io.tiski.platform;

import java.text.Normalizer;

/**
 * The names people give things (organisations, queues, tags): stored trimmed and in Unicode's
 * composed form (NFC), at least one and at most a given number of characters, the same rule
 * everywhere. Invisible characters are refused: zero-width ones and the controls that reverse the
 * direction of text (U+202E and its kin) would make "Billing" and "Bil" U+200B "ling" two tags that look
 * alike, or show a name backwards to the reader.
 */
public final class Names {

    private Names() {
    }

    /**
     * The name as it will be stored, or an {@link InvalidInput} on field {@code name} with
     * {@code messageKey} and the maximum as its argument.
     */
    public static String valid(String name, int maxLength, String messageKey) {
        String trimmed = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        if (trimmed.isEmpty() || trimmed.length() > maxLength) {
            throw new InvalidInput("name", messageKey, maxLength);
        }
        if (hasInvisible(trimmed)) {
            throw new InvalidInput("name", "name.invisible");
        }
        return trimmed;
    }

    /** Whether the text holds a control or format character (zero-width, direction controls, soft hyphen). */
    static boolean hasInvisible(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.CONTROL);
    }
}
