package io.tiski.conversation.entity;

/**
 * What the widget tells about a customer as they join: all optional, all shown to agents (escaped)
 * before they pick. Lengths are cut to the columns so a long header never fails a join.
 */
public record CustomerDetails(String name, String language, String browser, String page, String referrer) {

    public static final int MAX_NAME_LENGTH = 120;

    public CustomerDetails {
        name = cut(name, MAX_NAME_LENGTH);
        language = cut(language, 35);
        browser = cut(browser, 400);
        page = cut(page, 1000);
        referrer = cut(referrer, 1000);
    }

    private static String cut(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
    }
}
