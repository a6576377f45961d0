package io.tiski.platform;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The names people give things (organisations, queues, tags, staff): stored trimmed and in Unicode's
 * composed form (NFC), at least one and at most a given number of characters, the same rule
 * everywhere. Invisible characters are refused: zero-width ones and the controls that reverse the
 * direction of text (U+202E and its kin) would make "Billing" and "Bil" U+200B "ling" two tags that look
 * alike, or show a name backwards to the reader.
 */
public final class Names {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    private Names() {
    }

    /**
     * The name as it will be stored, or an {@link InvalidInput} on field {@code name} with
     * {@code messageKey} and the maximum as its argument.
     */
    public static String valid(String name, int maxLength, String messageKey) {
        return valid(name, maxLength, "name", messageKey);
    }

    /** As {@link #valid(String, int, String)}, for a form field of another name. */
    public static String valid(String name, int maxLength, String field, String messageKey) {
        String trimmed = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        if (trimmed.isEmpty() || trimmed.length() > maxLength) {
            throw new InvalidInput(field, messageKey, maxLength);
        }
        if (hasInvisible(trimmed)) {
            throw new InvalidInput(field, "name.invisible");
        }
        return trimmed;
    }

    /**
     * What a stranger typed (a customer's name, a file's name), in composed form and without
     * invisible characters: shown as it will look, never refused, since a customer must not fail
     * to start a chat over a character they cannot see.
     */
    public static String visible(String text) {
        return text == null ? null : INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
    }

    /** Whether the text holds a control or format character (zero-width, direction controls, soft hyphen). */
    public static boolean hasInvisible(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.CONTROL);
    }
}
