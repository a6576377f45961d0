package io.tiski.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Makes the same call from many threads released together, as users clicking at the same moment
 * would, so that races the server must decide really happen.
 */
public final class AtOnce {

    private AtOnce() {
    }

    /** The answers of {@code times} simultaneous calls, in the order the calls were made. */
    public static <T> List<T> answers(int times, Callable<T> call) throws Exception {
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(times);
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                pending.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (var answer : pending) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
