package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UiTextTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    @Test
    void formatsArgumentsAndChoosesPlurals() {
        assertThat(UiText.get(Locale.ENGLISH, "queue.created", "Sales")).isEqualTo("Queue Sales created.");
        assertThat(UiText.get(Locale.ENGLISH, "queue.delete.hasConversations", "Sales", 1)).contains("has one conversation");
        assertThat(UiText.get(Locale.ENGLISH, "queue.delete.hasConversations", "Sales", 1200)).contains("has 1,200 conversations");
    }

    @Test
    void unknownKeyShowsTheKeyRatherThanFailing() {
        assertThat(UiText.get(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "cs"})
    void everyLanguageHasEveryTextWithTheSamePlaceholders(String language) throws IOException {
        var english = load("");
        var translated = load("_" + language);

        assertThat(new TreeSet<>(translated.stringPropertyNames()))
                .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key))).as(language + " " + key)
                    .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(translated.getProperty(key)).as(language + " " + key).doesNotContain("'");
        }
    }

    private static TreeSet<String> placeholders(String text) {
        var found = new TreeSet<String>();
        PLACEHOLDER.matcher(text).results().forEach(match -> found.add(match.group(1)));
        return found;
    }

    private static Properties load(String suffix) throws IOException {
        var properties = new Properties();
        try (var in = UiTextTest.class.getResourceAsStream("/io/tiski/i18n/messages" + suffix + ".properties")) {
            assertThat(in).as("messages" + suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
