package cn.anju.process;

import java.lang.reflect.Field;
import java.util.Optional;

/**
 * Reads a field of an engine command that Camunda offers no getter for (most commands keep their
 * arguments in protected fields). A field that is missing (renamed in a later Camunda version) is an
 * empty answer, never a guess: the caller then refuses rather than lets a command through unread.
 */
final class CommandFields {

    private CommandFields() {
    }

    static <T> Optional<T> read(Object command, String name, Class<T> type) {
        for (Class<?> c = command.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                Object value = field.get(command);
                return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
            } catch (NoSuchFieldException e) {
                // declared further up, if at all
            } catch (IllegalAccessException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the command declares the field at all (so that a null value can be told from a missing field). */
    static boolean has(Object command, String name) {
        for (Class<?> c = command.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                c.getDeclaredField(name);
                return true;
            } catch (NoSuchFieldException e) {
                // declared further up, if at all
            }
        }
        return false;
    }
}
