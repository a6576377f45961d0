package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    private static final String PURPOSE = "sms_settings.password:42";

    private final Secrets secrets = new Secrets(key(1));

    @Test
    void aSealedSecretOpensWithTheSameKeyAndPurposeAndShowsNothingOfItself() {
        String plain = "s3cret:pw Äiti 👋";

        String sealed = secrets.seal(plain, PURPOSE);

        assertThat(sealed).startsWith("v1:").doesNotContain("s3cret").doesNotContain(plain);
        assertThat(Secrets.isSealed(sealed)).isTrue();
        assertThat(secrets.open(sealed, PURPOSE)).isEqualTo(plain);
    }

    @Test
    void everySealingHasItsOwnIv() {
        Set<String> sealed = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            sealed.add(secrets.seal("same", PURPOSE));
        }
        assertThat(sealed).as("100 sealings of one secret").hasSize(100);
    }

    @Test
    void anotherKeyAnotherRowOrATamperedValueDoNotOpen() {
        String sealed = secrets.seal("pw", PURPOSE);

        assertThatThrownBy(() -> new Secrets(key(2)).open(sealed, PURPOSE)).isInstanceOf(Secrets.Unreadable.class);
        assertThatThrownBy(() -> secrets.open(sealed, "sms_settings.password:43")).isInstanceOf(Secrets.Unreadable.class);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> secrets.open(tampered, PURPOSE)).isInstanceOf(Secrets.Unreadable.class);
        assertThatThrownBy(() -> secrets.open("v1:not base64!", PURPOSE)).isInstanceOf(Secrets.Unreadable.class);
        assertThatThrownBy(() -> secrets.open("v1:AAAA", PURPOSE)).isInstanceOf(Secrets.Unreadable.class);
    }

    @Test
    void aPlainValueStoredBeforeSealingIsAnsweredAsItIs() {
        assertThat(Secrets.isSealed("old plain pw")).isFalse();
        assertThat(secrets.open("old plain pw", PURPOSE)).isEqualTo("old plain pw");
        assertThat(secrets.open(null, PURPOSE)).isNull();
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceAndKeptForTheOwnerOnly(@TempDir Path dir) throws Exception {
        var file = dir.resolve("output/tiski-secrets.key");

        byte[] first = Secrets.generatedKey(file);
        byte[] again = Secrets.generatedKey(file);

        assertThat(first).hasSize(32).isEqualTo(again);
        assertThat(new Secrets(again).open(new Secrets(first).seal("pw", PURPOSE), PURPOSE)).isEqualTo("pw");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aKeyOfTheWrongLengthIsRefusedWithoutShowingIt(@TempDir Path dir) throws Exception {
        var file = dir.resolve("short.key");
        Files.writeString(file, "c2hvcnQta2V5");
        assertThatThrownBy(() -> Secrets.generatedKey(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes in base64").hasMessageNotContaining("c2hvcnQta2V5");
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) seed);
        return key;
    }
}
