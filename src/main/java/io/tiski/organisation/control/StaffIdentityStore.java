package io.tiski.organisation.control;

import io.tiski.organisation.entity.Operator;
import io.tiski.organisation.entity.Role;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.DatabaseOutage;
import io.tiski.platform.FailureLog;
import io.tiski.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks staff logins against the staff table. Unknown user, inactive user and wrong password
 * give the same result after about the same time, so a login form reveals no usernames.
 * The caller's groups are their role names, which Liberty maps to the roles of the same name; a
 * platform operator (never also staff: one username namespace) gets the one group {@code OPERATOR}.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    StaffDirectory directory;

    @Inject
    Operators operators;

    @Inject
    PasswordHashing passwords;

    /**
     * A database that does not answer is no answer about the password: NOT_VALIDATED, logged once
     * per interval (the security runtime would print a thrown failure's stack trace to stderr);
     * the login page then says the service is briefly unavailable.
     */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        try {
            return check(credential);
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.isCause(failure)) {
                throw failure;
            }
            FailureLog.failed("login", failure);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
    }

    private CredentialValidationResult check(UsernamePasswordCredential credential) {
        String password = credential.getPasswordAsString();
        StaffUser user;
        String login;
        try {
            login = StaffUser.normaliseUsername(credential.getCaller());
            user = directory.activeByUsername(login).orElse(null);
        } catch (InvalidInput malformedUsername) {
            login = null;
            user = null;
        }
        var operator = user == null && login != null ? operators.activeByUsername(login).orElse(null) : null;
        if (operator != null) {
            return passwords.matches(password, operator.getPasswordHash())
                    ? new CredentialValidationResult(operator.getUsername(), Set.of(Operator.ROLE))
                    : CredentialValidationResult.INVALID_RESULT;
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
