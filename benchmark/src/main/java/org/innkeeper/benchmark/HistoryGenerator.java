package org.innkeeper.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Years of history added in bulk to a PostgreSQL database that a server has migrated and seeded
 * (issue 11): past guests, their checked-out reservations with a price per night, and each past day's
 * frozen statistics, all before the earliest stay or frozen day already there, through COPY. So that
 * searches and reports can be timed on a hotel of many years (HistoryBench) without booking them one
 * by one. Left out: folios, postings, invoices and room assignments of the generated stays (no timed
 * read needs them). Ids start at 10^10, far above what the server's sequences hand out.
 *
 * <pre>java -cp ... org.innkeeper.benchmark.HistoryGenerator --jdbc jdbc:postgresql://127.0.0.1:5432/innkeeper_bench
 *     --reservations 800000 [--user postgres] [--password ...] [--seed 42]</pre>
 */
public final class HistoryGenerator {

    static final long FIRST_ID = 10_000_000_000L;
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String[] SYLLABLES = {"ka", "lo", "mar", "ten", "bri", "son", "del", "ri", "var", "gas",
            "ne", "tho", "mi", "las", "ber", "en", "ko", "sa", "vi", "dor", "an", "pel", "ru", "ston", "wick"};
    private static final String[] FIRST = {"Ada", "Alan", "Grace", "Linus", "Marie", "Nikola", "Emmy", "Niels",
            "Lise", "Carl", "Sofia", "Hedy", "Rosalind", "Enrico", "Chien", "Barbara", "Katherine", "Edsger"};
    private static final int BATCH = 50_000;

    private HistoryGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5432/innkeeper_bench";
        String user = "postgres";
        String password = "";
        int count = 800_000;
        long seed = 42;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jdbc" -> url = args[i + 1];
                case "--user" -> user = args[i + 1];
                case "--password" -> password = args[i + 1];
                case "--reservations" -> count = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            generate(c, count, new Random(seed));
        }
    }

    record RoomType(long id, int capacity, int rooms) {
    }

    static void generate(Connection c, int count, Random random) throws SQLException, IOException {
        long started = System.nanoTime();
        List<RoomType> types = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select t.id, t.max_occupancy, (select count(*) from room r where r.room_type_id = t.id)"
                     + " from room_type t order by t.id")) {
            while (rs.next()) {
                types.add(new RoomType(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
            }
        }
        long ratePlan = single(c, "select min(id) from rate_plan");
        String channel = text(c, "select code from channel order by id limit 1");
        String currency = text(c, "select currency from hotel order by id limit 1");
        int rooms = (int) single(c, "select count(*) from room");
        LocalDate before = LocalDate.parse(text(c, "select least(coalesce((select min(arrival) from reservation), current_date),"
                + " coalesce((select min(business_date) from daily_statistics), current_date))::text"));
        // about 3 nights each, 75 % full: how many days the history spans
        int days = (int) Math.ceil(count * 3.0 / (rooms * 0.75));
        LocalDate first = before.minusDays(days + 6);
        if (single(c, "select count(*) from reservation where id >= " + FIRST_ID) > 0) {
            throw new IllegalStateException("history was generated already in this database");
        }
        System.out.printf("Generating %,d reservations over %,d days (%s .. %s) of a %d-room hotel, channel %s%n",
                count, days, first, before.minusDays(1), rooms, channel);
        CopyManager copy = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI();
        c.setAutoCommit(false);
        StringBuilder guests = new StringBuilder();
        StringBuilder reservations = new StringBuilder();
        StringBuilder nights = new StringBuilder();
        int guestCount = 0;
        List<String[]> guestNames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // six in ten are new guests, the others come back
            long guestId;
            if (guestCount == 0 || random.nextInt(10) < 6) {
                guestId = FIRST_ID + guestCount++;
                String firstName = FIRST[random.nextInt(FIRST.length)];
                String lastName = lastName(random);
                guestNames.add(new String[] {firstName, lastName});
                String email = firstName.toLowerCase() + "." + lastName.toLowerCase() + guestId % 1000 + "@example.org";
                String phone = "+49 30 " + (1_000_000 + random.nextInt(8_999_999));
                guests.append(guestId).append('\t').append(firstName).append('\t').append(lastName).append('\t')
                        .append(email).append('\t').append(phone).append('\t').append(first).append(" 12:00:00+00\t")
                        .append(lastName.toLowerCase()).append('\t')
                        .append(firstName.toLowerCase()).append(' ').append(lastName.toLowerCase()).append('\t')
                        .append(phone.replaceAll("[ +\\-()./]", "")).append('\n');
            } else {
                guestId = FIRST_ID + random.nextInt(guestCount);
            }
            RoomType type = types.get(random.nextInt(types.size()));
            int length = 1 + random.nextInt(5);
            LocalDate arrival = first.plusDays(random.nextInt(days));
            LocalDate departure = arrival.plusDays(length);
            BigDecimal price = BigDecimal.valueOf(80 + random.nextInt(220)).setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal vat = price.multiply(new BigDecimal("0.07")).divide(new BigDecimal("1.07"), 2, RoundingMode.HALF_EVEN);
            BigDecimal total = price.multiply(BigDecimal.valueOf(length));
            long id = FIRST_ID + i;
            String[] name = guestNames.get((int) (guestId - FIRST_ID));
            String firstName = name[0];
            String lastName = name[1];
            reservations.append(id).append('\t').append(confirmation(i)).append("\tCHECKED_OUT\t").append(type.id)
                    .append('\t').append(ratePlan).append('\t').append(guestId).append('\t').append(arrival).append('\t')
                    .append(departure).append('\t').append(Math.max(1, Math.min(2, type.capacity))).append('\t')
                    .append(total).append('\t').append(currency).append('\t').append(channel).append('\t')
                    .append(arrival.minusDays(20)).append(" 10:00:00+00\t").append(departure).append(" 10:00:00+00\t0\t")
                    .append(total).append('\t').append(vat.multiply(BigDecimal.valueOf(length))).append('\t')
                    .append(arrival).append(" 15:00:00+00\t").append(departure).append(" 10:00:00+00\t")
                    .append(firstName).append('\t').append(lastName).append('\t')
                    .append(lastName.toLowerCase()).append('\t')
                    .append(firstName.toLowerCase()).append(' ').append(lastName.toLowerCase()).append('\n');
            for (LocalDate n = arrival; n.isBefore(departure); n = n.plusDays(1)) {
                nights.append(id).append('\t').append(n).append('\t').append(price).append('\t').append(currency)
                        .append('\t').append(vat).append('\n');
            }
            if ((i + 1) % BATCH == 0 || i + 1 == count) {
                copy.copyIn("copy guest (id, first_name, last_name, email, phone, created_at, search_last_name,"
                        + " search_full_name, search_phone) from stdin", new StringReader(guests.toString()));
                copy.copyIn("copy reservation (id, confirmation_number, status, room_type_id, rate_plan_id, guest_id,"
                        + " arrival, departure, adults, total_amount, total_currency, channel, created_at, modified_at,"
                        + " version, room_amount, vat_amount, checked_in_at, checked_out_at, guest_first_name,"
                        + " guest_last_name, guest_search_last_name, guest_search_full_name) from stdin",
                        new StringReader(reservations.toString()));
                copy.copyIn("copy reservation_night (reservation_id, night, amount, currency, vat) from stdin",
                        new StringReader(nights.toString()));
                guests.setLength(0);
                reservations.setLength(0);
                nights.setLength(0);
                System.out.printf("  %,d reservations%n", i + 1);
            }
        }
        try (Statement s = c.createStatement()) {
            // each generated day frozen as the night audit would have: sold, guests, arrivals, departures, revenue
            s.executeUpdate("insert into daily_statistics (business_date, rooms_total, rooms_out_of_order, rooms_available,"
                    + " rooms_sold, rooms_complimentary, rooms_house_use, arrivals, departures, no_shows, cancellations,"
                    + " guests, room_revenue, fnb_revenue, other_revenue, currency, frozen_at, booked_nights_sold,"
                    + " booked_room_revenue)"
                    + " select n.night, " + rooms + ", 0, " + rooms + ", count(*), 0, 0,"
                    + " count(*) filter (where r.arrival = n.night), 0, 0, 0, sum(r.adults), sum(n.amount - n.vat), 0, 0,"
                    + " min(n.currency), now(), count(*), sum(n.amount)"
                    + " from reservation_night n join reservation r on r.id = n.reservation_id"
                    + " where r.id >= " + FIRST_ID + " and n.night < date '" + before + "'"
                    + " group by n.night on conflict do nothing");
            s.executeUpdate("update daily_statistics s set departures = (select count(*) from reservation r"
                    + " where r.id >= " + FIRST_ID + " and r.departure = s.business_date)"
                    + " where s.business_date < date '" + before + "' and s.business_date >= date '" + first + "'");
            s.executeUpdate("insert into daily_revenue (business_date, department, net) select business_date, 'ROOM',"
                    + " room_revenue from daily_statistics where business_date < date '" + before + "'"
                    + " and business_date >= date '" + first + "' on conflict do nothing");
            c.commit();
            c.setAutoCommit(true);
            s.execute("analyze");
        }
        System.out.printf("Generated %,d reservations, %,d guests and %,d frozen days in %.1f s%n", count, guestCount,
                days, (System.nanoTime() - started) / 1e9);
    }

    private static String lastName(Random random) {
        String name = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]
                + SYLLABLES[random.nextInt(SYLLABLES.length)];
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** "IK" and eight characters of the alphabet, from the index, led by 'Z' (a random number rarely is). */
    static String confirmation(int index) {
        char[] chars = new char[7];
        long n = index;
        for (int i = 6; i >= 0; i--) {
            chars[i] = ALPHABET.charAt((int) (n % ALPHABET.length()));
            n /= ALPHABET.length();
        }
        return "IKZ" + new String(chars);
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
