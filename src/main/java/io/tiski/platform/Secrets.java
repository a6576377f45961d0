package io.tiski.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Secrets Tiski keeps in the database and must use in clear later (an SMS service's password):
 * sealed with AES-256-GCM under the server's key before they are stored, opened when used. A sealed
 * value is {@value #PREFIX} and the base64 of a random 12-byte IV followed by the ciphertext and its
 * 128-bit tag; the prefix names the format, so another can follow. What the secret is for (table,
 * column, row) is bound in as associated data: a sealed value copied to another row does not open.
 *
 * <p>The key is {@code tiski.secrets.key} (TISKI_SECRETS_KEY), 32 random bytes in base64. Without
 * it the server generates a key once into {@code tiski.secrets.key-file} (in its output directory)
 * and warns at start-up: that file must then be kept with the database's backups, and servers that
 * share a database must share one configured key instead, or each opens only what it sealed.
 */
@ApplicationScoped
public class Secrets {

    public static final String PREFIX = "v1:";

    private static final Logger LOG = Logger.getLogger(Secrets.class.getName());
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A sealed value that does not open with this server's key (another key, or damaged). */
    public static final class Unreadable extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        Unreadable(String purpose, Throwable cause) {
            super("The secret of " + purpose + " does not open with this server's key (tiski.secrets.key)", cause);
        }
    }

    @Inject
    @ConfigProperty(name = "tiski.secrets.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "tiski.secrets.key-file")
    Optional<String> keyFile;

    private SecretKey key;

    protected Secrets() {
    }

    /** With this key (32 bytes); for tests. */
    Secrets(byte[] key) {
        this.key = aes(key);
    }

    @PostConstruct
    void loadKey() {
        if (configuredKey.filter(text -> !text.isBlank()).isPresent()) {
            key = aes(decodeKey(configuredKey.get()));
            return;
        }
        var file = Path.of(keyFile.orElseThrow(() -> new IllegalStateException(
                "Set tiski.secrets.key (TISKI_SECRETS_KEY) or tiski.secrets.key-file"))).toAbsolutePath();
        key = aes(generatedKey(file));
        LOG.warning(() -> "No tiski.secrets.key (TISKI_SECRETS_KEY) is configured: secrets in the database are"
                + " sealed with the key generated into " + file + ". Keep that file with the database's backups;"
                + " servers that share a database need one configured key.");
    }

    /** Loads the key as the application starts: a wrong key stops the start, not a send later. */
    void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // The container made this bean (and ran loadKey) to deliver the event; nothing more to do.
    }

    /** The key in the file, made there first if there is none. */
    static byte[] generatedKey(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[KEY_BYTES];
                RANDOM.nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.write(file, Base64.getEncoder().encode(fresh), StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    ownerOnly(file);
                    return fresh;
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    // read below
                }
            }
            return decodeKey(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secrets key file " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the output directory's own permissions protect it.
        }
    }

    private static byte[] decodeKey(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != KEY_BYTES) {
            // Never the value itself in the message: it is the key.
            throw new IllegalStateException("tiski.secrets.key must be " + KEY_BYTES + " bytes in base64"
                    + " (e.g. openssl rand -base64 32)");
        }
        return bytes;
    }

    private static SecretKey aes(byte[] bytes) {
        return new SecretKeySpec(bytes, "AES");
    }

    /** Whether a stored value is sealed (rather than plain text stored before Tiski sealed secrets). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** @param purpose what the secret is for, e.g. "sms_settings.password:42"; the same is needed to open it */
    public String seal(String plain, String purpose) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            var cipher = cipher(Cipher.ENCRYPT_MODE, iv, purpose);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, stored, 0, IV_BYTES);
            System.arraycopy(sealed, 0, stored, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * The secret in clear. A value that is not sealed is answered as it is: it was stored before
     * Tiski sealed secrets, and its owner seals it on the next chance.
     *
     * @throws Unreadable when the value is sealed but does not open with this key and purpose
     */
    public String open(String stored, String purpose) {
        if (!isSealed(stored)) {
            return stored;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (bytes.length < IV_BYTES + TAG_BITS / 8) {
                throw new Unreadable(purpose, null);
            }
            var cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), purpose);
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new Unreadable(purpose, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String purpose) throws GeneralSecurityException {
        var cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
