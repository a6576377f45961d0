package io.tiski.platform;

import java.util.List;

/**
 * Several fields of one form broken at once. A form with many fields (a contact card, a row of an
 * import) reports all of them in one answer, so the user corrects everything in one round instead
 * of meeting the next error on every save. Acts as its first failure where only one can be shown.
 */
public class InvalidFields extends InvalidInput {

    private final transient List<InvalidInput> failures;

    private InvalidFields(List<InvalidInput> failures) {
        super(failures.get(0).field(), failures.get(0).messageKey(), failures.get(0).arguments());
        this.failures = List.copyOf(failures);
    }

    /** Throws the failures collected, if there are any: the one itself when alone. */
    public static void throwIfAny(List<InvalidInput> failures) {
        if (failures.size() == 1) {
            throw failures.get(0);
        }
        if (!failures.isEmpty()) {
            throw new InvalidFields(failures);
        }
    }

    /** Every failure of the given failure: its parts when it is an {@code InvalidFields}, else itself. */
    public static List<? extends ApplicationFailure> each(ApplicationFailure failure) {
        return failure instanceof InvalidFields several ? several.failures : List.of(failure);
    }
}
