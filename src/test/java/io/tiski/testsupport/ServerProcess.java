package io.tiski.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The Liberty server under test seen as an operating system process (it runs in its own JVM, started
 * by Maven): its heap after a full collection and its thread dumps, through the JDK's {@code jcmd},
 * its resident memory from {@code /proc}, and its CPU time. Linux only; the JDK of the test run must be able to attach to it.
 */
public final class ServerProcess {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern COMMITTED = Pattern.compile("total (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private final long pid;

    private ServerProcess(long pid) {
        this.pid = pid;
    }

    /**
     * The Liberty server of that name ({@link TestServer#name()}): the JVM whose command line
     * launches Liberty's ws-server.jar with the server name as an argument.
     */
    public static Optional<ServerProcess> named(String serverName) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine()
                        .filter(line -> line.contains("ws-server.jar"))
                        .filter(line -> List.of(line.split("\\s+")).contains(serverName))
                        .isPresent())
                .findFirst()
                .map(process -> new ServerProcess(process.pid()));
    }

    public long pid() {
        return pid;
    }

    /** Heap in use right after a full collection, and resident memory (heap, native buffers, stacks, code). */
    public Memory afterFullCollection() {
        jcmd("GC.run");
        long heapKb = 0;
        long committedKb = 0;
        // G1 prints one "garbage-first heap ... used NK" line, other collectors one line per
        // generation; Metaspace is not heap.
        for (String line : jcmd("GC.heap_info").split("\n")) {
            var used = USED.matcher(line);
            if (used.find() && !line.contains("Metaspace") && !line.contains("class space")) {
                heapKb += Long.parseLong(used.group(1));
                var committed = COMMITTED.matcher(line);
                committedKb += committed.find() ? Long.parseLong(committed.group(1)) : 0;
            }
        }
        try {
            var rss = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
            long rssKb = rss.find() ? Long.parseLong(rss.group(1)) : -1;
            return new Memory(heapKb * 1024, committedKb * 1024, rssKb * 1024);
        } catch (IOException e) {
            throw new IllegalStateException("No /proc status for process " + pid, e);
        }
    }

    /** A thread dump ({@code jcmd Thread.print}): every thread's stack, state and CPU time so far. */
    public String threadDump() {
        return jcmd("Thread.print");
    }

    /** CPU time the process has used so far (user and system), if the system tells. */
    public Optional<java.time.Duration> cpuTime() {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration());
    }

    private String jcmd(String command) {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            var process = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Heap in use and committed (reserved from the system for the heap), and the whole process's resident memory. */
    public record Memory(long heapUsedBytes, long heapCommittedBytes, long residentBytes) {

        /** Resident memory that is not committed heap: native buffers, thread stacks, code, metadata. */
        public long residentOutsideHeapBytes() {
            return residentBytes - heapCommittedBytes;
        }
    }
}
