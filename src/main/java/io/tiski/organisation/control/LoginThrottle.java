package io.tiski.organisation.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing down. Failed logins are counted per account (the username as typed,
 * whether or not it exists) and per client address; past a few free failures each further attempt
 * must wait a delay that doubles with every failure (see {@link Strikes}), and an attempt that must
 * wait is refused without checking the password. At most a few password checks run at once, so
 * guessing cannot take every core (each check costs PBKDF2's full work). Every refusal looks like a
 * wrong password to the caller. The counts live in this server's memory: with several servers a
 * guesser gets each server's allowance, still a few guesses a minute per account at most.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "tiski.login.free-failures-per-account", defaultValue = "5")
    int freePerAccount;

    @Inject
    @ConfigProperty(name = "tiski.login.free-failures-per-address", defaultValue = "30")
    int freePerAddress;

    @Inject
    @ConfigProperty(name = "tiski.login.concurrent-checks", defaultValue = "4")
    int concurrentChecks;

    private Strikes accounts;
    private Strikes addresses;
    private Semaphore checks;

    @PostConstruct
    void configure() {
        // Longer than the longest delay, so a guesser who waits it out does not start afresh.
        var window = Duration.ofHours(1);
        accounts = new Strikes(freePerAccount, window, Duration.ofSeconds(1), Duration.ofMinutes(15), clock);
        // An office's agents share one address: its delay stops at a minute, so their typos cannot
        // lock the whole office out for long, while a guesser there gets about one try a minute.
        addresses = new Strikes(freePerAddress, window, Duration.ofSeconds(1), Duration.ofMinutes(1), clock);
        checks = new Semaphore(concurrentChecks, true);
    }

    /**
     * Runs the password check unless the account or the address must wait, or too many checks run
     * already (it waits two seconds for a turn); counts the outcome. Answers whether the login succeeded.
     */
    public boolean attempt(String username, String address, BooleanSupplier check) {
        String account = (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
        if (!accounts.mayTry(account) || !addresses.mayTry(address)) {
            return false;
        }
        try {
            if (!checks.tryAcquire(2, TimeUnit.SECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            if (check.getAsBoolean()) {
                accounts.succeeded(account);
                return true;
            }
            accounts.failed(account);
            addresses.failed(address);
            return false;
        } finally {
            checks.release();
        }
    }
}
