package org.innkeeper.application.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Clients on threads of their own, released at the same instant, for the race tests. */
final class RealThreads {

    private RealThreads() {
    }

    /**
     * Runs every client at once and waits for all; returns what they threw that is not one of the
     * expected refusals (a client losing the race is refused with nothing changed).
     */
    @SafeVarargs
    static List<Throwable> race(List<Callable<Void>> clients, Class<? extends Throwable>... refusals) throws Exception {
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        List<Future<?>> futures = new ArrayList<>();
        for (Callable<Void> client : clients) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    client.call();
                } catch (Throwable t) {
                    if (java.util.Arrays.stream(refusals).noneMatch(r -> r.isInstance(t))) {
                        unexpected.add(t);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        return new ArrayList<>(unexpected);
    }
}
