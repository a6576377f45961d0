package io.tiski.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core inside a browser test: the page as it is now (a dialog open, a chat running) has no
 * critical and no serious violation of WCAG 2.1 A and AA. Each check prints its figures, so a
 * closing note can list them per page; moderate and minor findings are printed, not failed.
 */
public final class Accessibility {

    private static final Set<String> FAILING = Set.of("critical", "serious");

    private Accessibility() {
    }

    /** Fails with each critical or serious violation of the page as it is now; {@code what} names it. */
    public static void assertNoSeriousViolations(Browser browser, String what) {
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver());
        List<Rule> violations = results.getViolations();
        System.out.printf("axe %s: %d critical, %d serious, %d moderate or minor violation(s)%n", what,
                count(violations, "critical"), count(violations, "serious"),
                violations.size() - count(violations, "critical") - count(violations, "serious"));
        var failing = violations.stream().filter(rule -> FAILING.contains(rule.getImpact())).toList();
        assertThat(failing).as(what + ": " + describe(failing)).isEmpty();
    }

    private static long count(List<Rule> violations, String impact) {
        return violations.stream().filter(rule -> impact.equals(rule.getImpact())).count();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                        .limit(3).map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
