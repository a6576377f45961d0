package io.tiski.testsupport.server;

import io.tiski.organisation.control.PasswordHashing;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/**
 * Test-only: password hashes at a low cost, so that the suite's hundreds of logins (fifty racing
 * agents a round) do not each spend PBKDF2's production cost. Stored hashes name their iterations,
 * so the second test server, which runs the shipped WAR, verifies them at this cost too.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class CheapPasswordHashing extends PasswordHashing {

    @Override
    protected int iterations() {
        return 1_024; // the least Jakarta Security on Liberty accepts
    }
}
