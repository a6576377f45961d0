package io.tiski.organisation.control;

import io.tiski.organisation.entity.Operator;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.Conflict;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.UniqueKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** The platform operators: made by the first-run setup (and the demo seed), found at login. */
@ApplicationScoped
@Transactional
public class Operators {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    public Optional<Operator> activeByUsername(String username) {
        return em.createQuery("select o from Operator o where o.username = :username and o.active = true", Operator.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** Whether an operator has this (normalised) username; staff usernames must not clash with it. */
    boolean usernameTaken(String username) {
        return !em.createQuery("select o.id from Operator o where o.username = :username", Long.class)
                .setParameter("username", username).getResultList().isEmpty();
    }

    /**
     * A new operator. The username must not be a staff member's either (one login namespace);
     * failures name the fields {@code operatorUsername} and {@code operatorPassword}, so a form that
     * asks for an admin and an operator at once shows each next to its own field.
     */
    public Operator create(String username, String password) {
        String login;
        String hash;
        try {
            login = StaffUser.normaliseUsername(username);
        } catch (InvalidInput e) {
            throw new InvalidInput("operatorUsername", e.messageKey(), e.arguments());
        }
        try {
            hash = passwords.hash(password);
        } catch (InvalidInput e) {
            throw new InvalidInput("operatorPassword", e.messageKey(), e.arguments());
        }
        boolean taken = usernameTaken(login) || !em.createQuery(
                        "select u.id from StaffUser u where u.username = :username", Long.class)
                .setParameter("username", login).getResultList().isEmpty();
        if (taken) {
            throw new Conflict("operatorUsername", "user.username.taken", login);
        }
        var operator = new Operator(login, hash, clock.instant());
        em.persist(operator);
        UniqueKey.flush(em, () -> new Conflict("operatorUsername", "user.username.taken", login));
        return operator;
    }

    /** The operator's own new password, after the current one; see {@link PasswordChange}. */
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        var operator = activeByUsername(username).orElseThrow(NotSignedIn::new);
        operator.changeOwnPassword(PasswordChange.newHash(passwords, operator.getPasswordHash(), currentPassword,
                newPassword));
    }
}
