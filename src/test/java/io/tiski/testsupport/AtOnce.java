package io.tiski.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Races: the same call made {@code times} times by as many threads, all let go at the same moment. */
public final class AtOnce {

    private AtOnce() {
    }

    /** The answers in the order the calls were made; each may take up to a minute. */
    public static <T> List<T> run(int times, Callable<T> call) {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(times);
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (var answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
