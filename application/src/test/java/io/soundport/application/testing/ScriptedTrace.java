package io.soundport.application.testing;

import io.soundport.domain.port.TraceContext;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A {@link TraceContext} without a tracing library: {@link #as} makes a traceparent current for some work, and
 * {@link #within} continues the given one (as a real tracer continues its trace in a child span) and records the
 * operation's name.
 */
public final class ScriptedTrace implements TraceContext {
    private final ThreadLocal<String> current = new ThreadLocal<>();
    private final List<String> operations = new CopyOnWriteArrayList<>();

    /** Runs {@code work} with {@code traceParent} current, as a traced request would. */
    public void as(String traceParent, Runnable work) {
        String before = current.get();
        current.set(traceParent);
        try {
            work.run();
        } finally {
            current.set(before);
        }
    }

    /** The operations run {@link #within} a trace, in order, each as {@code "<operation> in <traceparent>"}. */
    public List<String> operations() {
        return List.copyOf(operations);
    }

    @Override
    public String current() {
        return current.get();
    }

    @Override
    public <T> T within(String traceParent, String operation, Supplier<T> work) {
        operations.add(operation + " in " + traceParent);
        String before = current.get();
        current.set(traceParent);
        try {
            return work.get();
        } finally {
            current.set(before);
        }
    }
}
