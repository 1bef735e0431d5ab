package org.innkeeper.benchmark;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * CPU time used by the server and by the generator itself, when both run on this machine: what a
 * request costs in CPU does not depend on how busy the machine is, throughput does.
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    /**
     * The local server's JVM started with {@code -Dinnkeeper.seed=benchmark} and the port offset that
     * {@code url}'s port implies (8080 + offset); empty when there is not exactly one.
     */
    static Optional<ProcessHandle> findServer(URI url) {
        int offset = (url.getPort() < 0 ? 80 : url.getPort()) - 8080;
        String offsetArg = "-Djboss.socket.binding.port-offset=" + offset;
        List<ProcessHandle> found = ProcessHandle.allProcesses().filter(p -> {
            String[] args = p.info().arguments().orElse(new String[0]);
            boolean jvm = false; // the server's JVM, not standalone.sh that started it
            boolean bench = false;
            boolean port = offset == 0;
            for (String a : args) {
                jvm |= a.endsWith("jboss-modules.jar");
                bench |= a.equals("-Dinnkeeper.seed=benchmark");
                port |= a.equals(offsetArg);
            }
            return jvm && bench && port;
        }).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Total CPU time of the process so far, or null if the system does not tell. */
    static Duration cpu(ProcessHandle process) {
        return process == null ? null : process.info().totalCpuDuration().orElse(null);
    }

    /**
     * CPU time of every process named postgres on this machine (the backends, the writers, the
     * autovacuum), from /proc/PID/stat in clock ticks of 10 ms (USER_HZ = 100 on Linux); null where
     * there is no /proc. Other databases' work on the same cluster counts too.
     */
    static Duration postgresCpu() {
        java.io.File[] dirs = new java.io.File("/proc").listFiles(f -> f.getName().matches("\\d+"));
        if (dirs == null) {
            return null;
        }
        long ticks = 0;
        for (java.io.File dir : dirs) {
            try {
                String stat = java.nio.file.Files.readString(dir.toPath().resolve("stat"));
                int close = stat.lastIndexOf(')');
                if (stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                    String[] fields = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                }
            } catch (java.io.IOException | RuntimeException e) {
                // the process ended meanwhile
            }
        }
        return Duration.ofMillis(ticks * 10);
    }
}
