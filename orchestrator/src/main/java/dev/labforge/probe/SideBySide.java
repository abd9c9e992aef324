package dev.labforge.probe;

import dev.labforge.wait.InterruptedRunException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Independent looks (each its own process: vtysh, birdc, ip, ping) run side by side on a few threads,
 * results in input order. The first exception that is not an observation failure goes to the caller; an
 * interrupt cancels the rest and is the one interrupt exception.
 */
final class SideBySide implements AutoCloseable {
    private final int threads;
    private ExecutorService pool;

    SideBySide(int threads) {
        this.threads = Math.max(1, threads);
    }

    <T, R> List<R> map(List<T> items, Function<T, R> work) {
        if (items.size() <= 1 || threads == 1) {
            return items.stream().map(work).toList();
        }
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "probe");
                t.setDaemon(true);
                return t;
            });
        }
        List<Future<R>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> work.apply(item)));
        }
        List<R> out = new ArrayList<>();
        try {
            for (Future<R> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            throw InterruptedRunException.restore("looking at the lab", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
        return out;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
