package io.tiski.testsupport;

import java.lang.reflect.Field;

/** Gives entities the ids the database would, for unit tests that run without one. */
public final class EntityIds {

    private EntityIds() {
    }

    public static <T> T withId(T entity, long id) {
        set(entity, "id", id);
        return entity;
    }

    static void set(Object target, String fieldName, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(fieldName);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
