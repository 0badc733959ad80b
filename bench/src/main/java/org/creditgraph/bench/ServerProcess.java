package org.creditgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory of the {@code serve} process while it is under load: resident set from /proc, Java heap in
 * use from {@code jcmd GC.heap_info}, sampled every half second; the maxima are kept.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total.*?used (\\d+)K");

    private final long pid;
    private final AtomicLong maxRssKb = new AtomicLong(-1);
    private final AtomicLong maxHeapKb = new AtomicLong(-1);
    private final Thread sampler;
    private volatile boolean running = true;

    ServerProcess(long pid) {
        this.pid = pid;
        this.sampler = Thread.ofPlatform().daemon().name("memory-sampler").start(this::sample);
    }

    private void sample() {
        while (running) {
            maxRssKb.accumulateAndGet(rssKb(), Math::max);
            maxHeapKb.accumulateAndGet(heapUsedKb(), Math::max);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long rssKb() {
        try {
            Matcher m = RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    long heapUsedKb() {
        String jcmd = ProcessHandle.current()
                .info()
                .command()
                .map(java -> Path.of(java).resolveSibling("jcmd").toString())
                .orElse("jcmd");
        try {
            Process p = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.heap_info")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Matcher m = HEAP_USED.matcher(out);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** User + system CPU time of the server so far (Linux clock ticks of 10 ms), or -1. */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    double maxRssMb() {
        return maxRssKb.get() / 1024.0;
    }

    double maxHeapUsedMb() {
        return maxHeapKb.get() / 1024.0;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join();
    }
}
