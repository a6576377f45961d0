package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void namesAreStoredTrimmedAndComposed() {
        assertThat(Names.valid("  Caf\u0065\u0301 ", 40, "tag.name.invalid")).isEqualTo("Caf\u00e9");
        assertThat(Names.valid("Myyntitiimi – Åbo", 40, "tag.name.invalid")).isEqualTo("Myyntitiimi – Åbo");
    }

    @Test
    void zeroWidthAndDirectionControlsAreRefused() {
        for (String sneaky : new String[] {"Bil\u200bling", "Sales\u202egnilliB", "\u2066Support\u2069", "Tab\u0009name",
                "Soft\u00adhyphen", "Mark\u200fRTL", "Joiner\u200dhere", "BOM\ufeff"}) {
            assertThatThrownBy(() -> Names.valid(sneaky, 40, "tag.name.invalid")).as(sneaky)
                    .isInstanceOfSatisfying(InvalidInput.class, refused ->
                            assertThat(refused.messageKey()).isEqualTo("name.invisible"));
        }
    }

    @Test
    void aStrangersTextIsShownWithoutItsInvisibleCharacters() {
        assertThat(Names.visible("invoice\u202efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(Names.visible("Ma\u200bija\u0007")).isEqualTo("Maija");
        assertThat(Names.visible("Caf\u0065\u0301")).isEqualTo("Caf\u00e9");
        assertThat(Names.visible(null)).isNull();
    }

    @Test
    void aRefusalNamesItsField() {
        assertThatThrownBy(() -> Names.valid("Aino\u200b", 40, "displayName", "user.displayName.invalid"))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("displayName"));
    }
}
