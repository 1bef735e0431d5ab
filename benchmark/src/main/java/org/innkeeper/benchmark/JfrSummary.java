package org.innkeeper.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a server's CPU went, from a Java Flight Recorder file (the server started with
 * {@code -XX:StartFlightRecording=filename=...,settings=profile} and
 * {@code -XX:FlightRecorderOptions:stackdepth=256}): the execution samples of the request threads, summed
 * by the subsystem of their innermost frame that is not the JDK's (self), and by every subsystem and
 * Innkeeper method on the stack (inclusive). {@code jfr print} is not needed (it crashed on these
 * recordings).
 *
 * <pre>
 * java -cp benchmark/target/classes org.innkeeper.benchmark.JfrSummary server.jfr [--threads "default task-"]
 *      [--from 2026-12-01T15:30:00Z] [--to ...] [--below org.innkeeper.rest.AvailabilityResource.search]
 *      [--top 40]
 * </pre>
 * {@code --below} counts only samples with that method on the stack and shows the methods under it.
 */
public final class JfrSummary {

    /** Subsystems by package prefix, first match wins; what is not listed goes by its first three names. */
    private static final String[][] GROUPS = {
            {"org.innkeeper.", "Innkeeper"},
            {"org.hibernate.validator.", "Bean Validation"},
            {"org.hibernate.envers.", "Hibernate Envers"},
            {"org.hibernate.", "Hibernate"},
            {"org.postgresql.", "PostgreSQL driver"},
            {"org.h2.", "H2"},
            {"io.undertow.", "Undertow (HTTP)"},
            {"org.xnio.", "Undertow (HTTP)"},
            {"org.jboss.resteasy.", "RESTEasy"},
            {"org.eclipse.yasson.", "JSON-B (Yasson)"},
            {"org.eclipse.parsson.", "JSON-P (Parsson)"},
            {"org.jboss.jca.", "JCA pool"},
            {"org.jboss.as.connector.", "JCA pool"},
            {"com.arjuna.", "Transactions (Narayana)"},
            {"org.jboss.narayana.", "Transactions (Narayana)"},
            {"org.wildfly.transaction.", "Transactions (Narayana)"},
            {"org.jboss.as.txn.", "Transactions (Narayana)"},
            {"org.jboss.weld.", "CDI (Weld)"},
            {"org.jboss.as.weld.", "CDI (Weld)"},
            {"org.jboss.as.ejb3.", "EJB"},
            {"org.jboss.ejb.", "EJB"},
            {"org.jboss.invocation.", "EJB"},
            {"org.jboss.as.ee.", "EJB"},
            {"org.jboss.as.naming.", "EJB"},
            {"org.wildfly.security.", "Elytron"},
            {"org.jboss.as.jpa.", "JPA integration"},
            {"org.jboss.logging.", "Logging"},
            {"org.jboss.logmanager.", "Logging"},
    };

    public static void main(String[] args) throws IOException {
        Path file = null;
        String threads = "default task-";
        String below = null;
        Instant from = Instant.MIN;
        Instant to = Instant.MAX;
        int top = 40;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = args[++i];
                case "--below" -> below = args[++i];
                case "--from" -> from = Instant.parse(args[++i]);
                case "--to" -> to = Instant.parse(args[++i]);
                case "--top" -> top = Integer.parseInt(args[++i]);
                default -> file = Path.of(args[i]);
            }
        }
        if (file == null) {
            System.err.println("usage: JfrSummary file.jfr [--threads prefix] [--from instant] [--to instant] "
                    + "[--below class.method] [--top n]");
            System.exit(2);
        }
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> methods = new HashMap<>();
        Map<String, Integer> selfMethods = new HashMap<>();
        int samples = 0;
        int truncated = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStartTime().isBefore(from)
                    || e.getStartTime().isAfter(to)) {
                continue;
            }
            var thread = e.getThread("sampledThread");
            RecordedStackTrace stack = e.getStackTrace();
            if (thread == null || stack == null || thread.getJavaName() == null
                    || !thread.getJavaName().startsWith(threads)) {
                continue;
            }
            List<String> frames = new ArrayList<>();
            for (RecordedFrame f : stack.getFrames()) {
                frames.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
            }
            int start = 0;
            if (below != null) {
                start = -1;
                for (int i = frames.size() - 1; i >= 0; i--) {
                    if (frames.get(i).equals(below)) {
                        start = i;
                        break;
                    }
                }
                if (start < 0) {
                    continue;
                }
            }
            samples++;
            truncated += stack.isTruncated() ? 1 : 0;
            String selfGroup = "JDK";
            String selfMethod = frames.isEmpty() ? "?" : frames.get(0);
            for (String frame : frames) {
                if (!isJdk(frame)) {
                    selfGroup = group(frame);
                    selfMethod = frame;
                    break;
                }
            }
            self.merge(selfGroup, 1, Integer::sum);
            selfMethods.merge(selfMethod, 1, Integer::sum);
            Set<String> seenGroups = new HashSet<>();
            Set<String> seenMethods = new HashSet<>();
            for (int i = 0; i <= (below == null ? frames.size() - 1 : start); i++) {
                String frame = frames.get(i);
                if (!isJdk(frame)) {
                    seenGroups.add(group(frame));
                }
                if (frame.startsWith("org.innkeeper.") || below != null && i < start) {
                    seenMethods.add(frame);
                }
            }
            seenGroups.forEach(g -> inclusive.merge(g, 1, Integer::sum));
            seenMethods.forEach(m -> methods.merge(m, 1, Integer::sum));
        }
        System.out.printf("%d samples of threads '%s'%s, %d truncated stacks%n", samples, threads,
                below == null ? "" : " with " + below + " on the stack", truncated);
        print("self (innermost frame outside the JDK)", self, samples, top);
        print("inclusive (anywhere on the stack)", inclusive, samples, top);
        print("self by method (innermost frame outside the JDK)", selfMethods, samples, top);
        print(below == null ? "Innkeeper methods, inclusive" : "methods under " + below + ", inclusive",
                methods, samples, top);
    }

    private static boolean isJdk(String frame) {
        return frame.startsWith("java.") || frame.startsWith("jdk.") || frame.startsWith("sun.")
                || frame.startsWith("javax.");
    }

    private static String group(String frame) {
        for (String[] g : GROUPS) {
            if (frame.startsWith(g[0])) {
                return g[1];
            }
        }
        String[] parts = frame.split("\\.");
        return parts.length > 3 ? parts[0] + "." + parts[1] + "." + parts[2] : frame;
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println();
        System.out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(c -> System.out.printf("  %5.1f %%  %6d  %s%n", 100.0 * c.getValue() / Math.max(1, samples),
                        c.getValue(), c.getKey()));
    }

    private JfrSummary() {
    }
}
