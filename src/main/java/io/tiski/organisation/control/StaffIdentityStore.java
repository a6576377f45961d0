package io.tiski.organisation.control;

import io.tiski.organisation.entity.Role;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * Checks staff logins against the staff table. Unknown user, inactive user and wrong password
 * give the same result after about the same time, so a login form reveals no usernames.
 * The caller's groups are their role names, which Liberty maps to the roles of the same name.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    StaffDirectory directory;

    @Inject
    PasswordHashing passwords;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String password = credential.getPasswordAsString();
        StaffUser user;
        try {
            user = directory.activeByUsername(StaffUser.normaliseUsername(credential.getCaller())).orElse(null);
        } catch (InvalidInput malformedUsername) {
            user = null;
        }
        if (user == null) {
            passwords.spendVerificationTime(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwords.matches(password, user.getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        var groups = user.getRoles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(user.getUsername(), groups);
    }
}
