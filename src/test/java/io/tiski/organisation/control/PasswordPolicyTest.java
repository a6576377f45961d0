package io.tiski.organisation.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiski.platform.InvalidInput;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shortBlankOrHugePasswordsAreRefused() {
        for (String bad : new String[] {null, "", "123456789", "          ", "x".repeat(201)}) {
            assertThatThrownBy(() -> PasswordHashing.checkPolicy(bad)).isInstanceOf(InvalidInput.class)
                    .extracting("field").isEqualTo("password");
        }
    }

    @Test
    void longEnoughPasswordsPass() {
        assertThatCode(() -> PasswordHashing.checkPolicy("1234567890")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordHashing.checkPolicy("x".repeat(200))).doesNotThrowAnyException();
    }
}
