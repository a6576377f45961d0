package io.tiski.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The production cost of a password hash. The test deployment lowers it with an alternative bean
 * (io.tiski.testsupport.server.CheapPasswordHashing) that only the test WAR carries; this pins what ships.
 */
class PasswordHashingTest {

    @Test
    void productionHashesUse210000IterationsOfPbkdf2WithSha512() {
        var parameters = new PasswordHashing().parameters();

        assertThat(parameters).containsEntry("Pbkdf2PasswordHash.Iterations", "210000")
                .containsEntry("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512")
                .containsEntry("Pbkdf2PasswordHash.SaltSizeBytes", "32")
                .containsEntry("Pbkdf2PasswordHash.KeySizeBytes", "64");
    }
}
