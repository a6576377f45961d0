package io.tiski.platform;

import java.util.regex.Pattern;

/** The one check of an e-mail address typed by a person. */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;
    // Deliberately plain: one @, no spaces, a dot in the domain. Delivery tells the rest. No list or
    // display-name punctuation either: "a@b.fi,boss" would reach a second recipient through the
    // mail library's address parser.
    private static final Pattern PLAUSIBLE = Pattern.compile(
            "[^@\\s,;:<>()\\[\\]\"\\\\]+@[^@\\s,;:<>()\\[\\]\"\\\\]+\\.[^@\\s,;:<>()\\[\\]\"\\\\]+");

    private EmailAddresses() {
    }

    public static boolean isPlausible(String address) {
        return address != null && address.length() <= MAX_LENGTH && PLAUSIBLE.matcher(address).matches();
    }
}
