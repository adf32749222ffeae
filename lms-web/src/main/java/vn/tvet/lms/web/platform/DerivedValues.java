package vn.tvet.lms.web.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values an editor page computes from the entity it shows (choices, related rows), computed once and kept
 * until the entity is reloaded: JSF asks for a list several times per request, and a getter must not query
 * each time.
 */
public final class DerivedValues {

    private final Map<String, Object> values = new HashMap<>();

    /** The value under {@code name}, computed now if it was not since the last {@link #clear()}. */
    @SuppressWarnings("unchecked")
    public <T> T get(String name, Supplier<T> compute) {
        if (!values.containsKey(name)) {
            values.put(name, compute.get());
        }
        return (T) values.get(name);
    }

    public void clear() {
        values.clear();
    }
}
