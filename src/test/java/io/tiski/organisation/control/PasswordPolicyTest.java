package io.tiski.organisation.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiski.platform.InvalidInput;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shortBlankOrHugePasswordsAreRefused() {
        for (String bad : new String[] {null, "", "12345678901", "          ", "x".repeat(201)}) {
            assertThatThrownBy(() -> PasswordHashing.checkPolicy(bad)).isInstanceOf(InvalidInput.class)
                    .extracting("field").isEqualTo("password");
        }
    }

    @Test
    void longEnoughPasswordsPass() {
        assertThatCode(() -> PasswordHashing.checkPolicy("123456789012")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordHashing.checkPolicy("x".repeat(200))).doesNotThrowAnyException();
    }
}
