package io.tiski.organisation.control;

import io.tiski.platform.InvalidInput;

/** The rules of changing one's own password, the same for staff and operators. */
final class PasswordChange {

    private PasswordChange() {
    }

    /**
     * The hash of the new password once the current one is proven and the new one differs from it
     * and follows the password rules; field names as on the password page.
     */
    static String newHash(PasswordHashing passwords, String storedHash, String currentPassword, String newPassword) {
        if (!passwords.matches(currentPassword, storedHash)) {
            throw new InvalidInput("currentPassword", "password.current.wrong");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new InvalidInput("newPassword", "password.same");
        }
        try {
            return passwords.hash(newPassword);
        } catch (InvalidInput e) {
            throw new InvalidInput("newPassword", e.messageKey(), e.arguments());
        }
    }
}
