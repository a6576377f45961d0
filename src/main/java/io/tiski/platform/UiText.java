package io.tiski.platform;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up UI text in the one resource bundle, in the user's language with English as fallback. */
public final class UiText {

    public static final String BUNDLE = "io.tiski.i18n.messages";

    private UiText() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, UiText.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            // A weekday named in a message is named in the reader's language.
            if (shown[i] instanceof DayOfWeek day) {
                shown[i] = day.getDisplayName(TextStyle.FULL_STANDALONE, locale);
            }
            // So is a language ("Finnish", "suomi", "finska", "finština").
            if (shown[i] instanceof Locale language) {
                shown[i] = language.getDisplayLanguage(locale);
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    public static String of(Locale locale, ApplicationFailure failure) {
        return get(locale, failure.messageKey(), failure.arguments());
    }
}
