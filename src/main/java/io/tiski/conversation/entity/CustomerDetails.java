package io.tiski.conversation.entity;

import io.tiski.platform.EmailAddresses;
import io.tiski.platform.InvalidFields;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.Names;
import io.tiski.platform.PhoneNumbers;
import java.util.ArrayList;

/**
 * What the widget tells about a customer as they join: all optional, all shown to agents (escaped)
 * before they pick. Lengths are cut to the columns so a long header never fails a join; the phone
 * and e-mail the customer typed are kept as typed once {@link #requireValid} accepted them.
 */
public record CustomerDetails(String name, String language, String browser, String page, String referrer,
                              String phone, String email) {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_PHONE_LENGTH = 40;
    public static final int MAX_EMAIL_LENGTH = EmailAddresses.MAX_LENGTH;

    public CustomerDetails {
        // Shown to agents: no invisible characters that could show it backwards or as someone else's.
        name = cut(Names.visible(name), MAX_NAME_LENGTH);
        language = cut(language, 35);
        browser = cut(browser, 400);
        page = cut(page, 1000);
        referrer = cut(referrer, 1000);
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        email = email == null || email.isBlank() ? null : email.strip();
    }

    /**
     * Refuses a phone number that is not one (in the organisation's {@code defaultCountry} or with a
     * country code) and an e-mail that does not look like an address, both at once; unlike the other
     * details they are not cut, since a cut number or address would find the wrong card.
     */
    public void requireValid(String defaultCountry) {
        var failures = new ArrayList<InvalidInput>();
        if (phone != null && (phone.length() > MAX_PHONE_LENGTH || PhoneNumbers.e164(phone, defaultCountry).isEmpty())) {
            failures.add(new InvalidInput("phone", PhoneNumbers.refusalKey(phone, "routing.customer.phone.invalid"), phone));
        }
        if (email != null && !EmailAddresses.isPlausible(email)) {
            failures.add(new InvalidInput("email", "routing.customer.email.invalid", email));
        }
        InvalidFields.throwIfAny(failures);
    }

    private static String cut(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
    }
}
