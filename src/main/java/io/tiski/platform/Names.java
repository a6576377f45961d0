package io.tiski.platform;

/**
 * The names people give things (organisations, queues, tags): stored trimmed, at least one and at
 * most a given number of characters, the same rule everywhere.
 */
public final class Names {

    private Names() {
    }

    /**
     * The name as it will be stored, or an {@link InvalidInput} on field {@code name} with
     * {@code messageKey} and the maximum as its argument.
     */
    public static String valid(String name, int maxLength, String messageKey) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > maxLength) {
            throw new InvalidInput("name", messageKey, maxLength);
        }
        return trimmed;
    }
}
