package dev.labforge.runtime.netns;

import dev.labforge.wait.InterruptedRunException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs independent per-namespace work side by side (each item is its own process); the first failure wins. */
final class Parallel {
    private static final int MAX_THREADS = 8;

    private Parallel() {
    }

    static <T> void forEach(List<T> items, Consumer<T> work) {
        if (items.size() <= 1) {
            items.forEach(work);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(MAX_THREADS, items.size()), r -> {
            Thread t = new Thread(r, "netns-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.accept(item)));
            }
            RuntimeException first = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    pool.shutdownNow();
                    throw InterruptedRunException.restore("waiting for parallel work", e);
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
