package io.tiski.platform;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way a phone number typed by a person or sent by a customer becomes comparable: E.164
 * ({@code +358401234567}). Google's libphonenumber knows each country's trunk prefix (0 in Finland),
 * international call prefix (00 in Europe, 011 in North America) and number lengths, so
 * "+358 40 123 4567", "040 123 4567" (country FI) and "00358401234567" all give the same key.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    // Longer input is not a phone number; it also bounds the parser's work on hostile input.
    private static final int MAX_INPUT_LENGTH = 40;

    private PhoneNumbers() {
    }

    /**
     * The number in E.164, or empty when it cannot be a phone number. "Possible" (a plausible
     * length for its country), not "valid": the library's range tables lag behind newly allocated
     * number ranges, and refusing a customer's real number would be worse than storing a typo.
     *
     * @param defaultCountry ISO 3166 alpha-2 code for numbers written without a country code
     */
    public static Optional<String> e164(String number, String defaultCountry) {
        if (number == null || number.isBlank() || number.length() > MAX_INPUT_LENGTH || hasLetters(number)) {
            return Optional.empty();
        }
        try {
            var parsed = UTIL.parse(number.strip(), defaultCountry == null ? "ZZ" : defaultCountry.toUpperCase(Locale.ROOT));
            if (!UTIL.isPossibleNumber(parsed)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the text has a letter in it. The parser reads letters as a keypad would
     * ("12345abc" becomes 12345222), so a typo or a word would be stored as somebody else's
     * number; a person's phone number is refused instead, with a message that says why.
     */
    public static boolean hasLetters(String number) {
        return number != null && number.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * The message key for a number that {@link #e164} refuses: digits with letters among them
     * ("12345abc") are told about the letters; anything else (a word, too few digits) is simply
     * not a phone number.
     */
    public static String refusalKey(String number, String notANumberKey) {
        return hasLetters(number) && number.codePoints().anyMatch(Character::isDigit) ? "phone.letters" : notANumberKey;
    }

    /** Whether the code names a country the library has numbering rules for ("FI", "SE", ...). */
    public static boolean isKnownCountry(String code) {
        return code != null && UTIL.getSupportedRegions().contains(code.toUpperCase(Locale.ROOT));
    }
}
