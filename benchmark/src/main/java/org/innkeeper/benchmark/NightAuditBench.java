package org.innkeeper.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The night audit of the 500-room benchmark hotel full for the night: books tonight's rooms through
 * the channel API (one to three nights), gives them rooms and checks every guest in over the staff
 * API, then runs the audit of the business date once and times it: the whole run as the manager waits
 * for it, each step from the audit's own log, and the postings per second of the posting step.
 * Prints the figures and appends them to {@code --report}.
 */
public final class NightAuditBench {

    private static final Pattern POSTED = Pattern.compile("(\\d+) stays posted: (\\d+) postings");

    private NightAuditBench() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Api api = new Api(options);
        LocalDate tonight = LocalDate.parse(api.audit().json().path("businessDate").asText());
        Random random = new Random(options.seed());

        List<String> types = new ArrayList<>();
        api.search(tonight, tonight.plusDays(1), 1).json().path("offers").forEach(o -> {
            if (o.path("ratePlan").asText().equals("BAR") && !types.contains(o.path("roomType").asText())) {
                types.add(o.path("roomType").asText());
            }
        });
        int booked = 0;
        for (String type : types) {
            for (int refused = 0; refused < 2; ) {
                ObjectNode request = Api.JSON.createObjectNode();
                request.put("roomType", type).put("ratePlan", "BAR").put("arrival", tonight.toString())
                        .put("departure", tonight.plusDays(1 + random.nextInt(3)).toString()).put("adults", 1);
                request.putObject("guest").put("firstName", "Night").put("lastName", "Guest" + booked);
                if (api.book(request).status() == 201) {
                    booked++;
                } else {
                    refused++;
                }
            }
        }
        JsonNode assigned = api.autoAssign(tonight).json();
        int checkedIn = 0;
        long checkInStarted = System.nanoTime();
        for (JsonNode a : assigned.path("assigned")) {
            if (api.checkIn(a.path("confirmationNumber").asText(), a.path("roomNumber").asText()).status() == 200) {
                checkedIn++;
            }
        }
        double checkInSeconds = (System.nanoTime() - checkInStarted) / 1e9;

        long started = System.nanoTime();
        Api.Answer run = api.runAudit(tonight);
        double auditSeconds = (System.nanoTime() - started) / 1e9;
        if (run.status() != 200) {
            System.out.println("The audit was refused (" + run.status() + "): " + run.body());
            System.exit(1);
        }
        // Each log line is stamped with the moment its step started: a step lasts until the next one
        // starts; the last one until the answer came back (its time includes the answer's round trip).
        JsonNode log = run.json().path("lastRun").path("log");
        Instant auditStart = Instant.parse(run.json().path("lastRun").path("startedAt").asText());
        Instant answered = auditStart.plusNanos((long) (auditSeconds * 1e9));
        StringBuilder steps = new StringBuilder();
        int postings = 0;
        double postingSeconds = 0;
        for (int i = 0; i < log.size(); i++) {
            JsonNode line = log.get(i);
            Instant from = Instant.parse(line.path("at").asText());
            Instant to = i + 1 < log.size() ? Instant.parse(log.get(i + 1).path("at").asText()) : answered;
            double seconds = Math.max(0, Duration.between(from, to).toNanos() / 1e9);
            steps.append(String.format("    step %d %-24s %6.2f s%n", line.path("step").asInt(),
                    line.path("stepName").asText(), seconds));
            Matcher m = POSTED.matcher(line.path("message").asText());
            if (m.find()) {
                postings = Integer.parseInt(m.group(2));
                postingSeconds = seconds;
            }
        }
        String report = String.format("""
                Night audit of the benchmark hotel full for the night (%s)
                  business date %s: %d guests booked, %d checked in (%.1f s for the check-ins)
                  the audit, as the manager waits for it: %.2f s
                  its steps, from the audit's log (each from its start to the next one's; the last to the answer):
                %s  posting step: %d postings in %.2f s = %.0f postings/s
                """, options.url(), tonight, booked, checkedIn, checkInSeconds, auditSeconds, steps, postings,
                postingSeconds, postingSeconds == 0 ? 0 : postings / postingSeconds);
        System.out.print(report);
        if (options.report() != null) {
            Files.writeString(options.report(), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
