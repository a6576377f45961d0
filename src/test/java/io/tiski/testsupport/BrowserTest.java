package io.tiski.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test (class or method) that drives headless Chromium. Tagged {@code browser}, so that a CI run
 * drives the browsers on one database only ({@code -Dtiski.it.excludedGroups=browser} on the other);
 * a failure leaves a screenshot and the page source of every browser it opened (see {@link Browser}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(Browser.FailureEvidence.class)
public @interface BrowserTest {
}
