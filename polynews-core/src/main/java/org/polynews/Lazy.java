package org.polynews;

import java.util.function.Supplier;

/** A value built on first use, once, whichever thread asks first; for parts that not every command needs. */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> build;
    private volatile T value;

    Lazy(Supplier<T> build) {
        this.build = build;
    }

    @Override
    public T get() {
        T built = value;
        if (built == null) {
            synchronized (this) {
                if (value == null) {
                    value = build.get();
                }
                built = value;
            }
        }
        return built;
    }
}
