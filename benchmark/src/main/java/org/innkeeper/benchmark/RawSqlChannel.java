package org.innkeeper.benchmark;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The raw-SQL baseline of one client: the statements the server sends for a search and a booking
 * (rawsql/search.sql, rawsql/booking.sql), sent over a JDBC connection of its own with the values the
 * server would bind. What the server computes in Java between statements is done here only as far as
 * the statements need it (prices, the confirmation mail and the stored answer, of about the same size).
 */
final class RawSqlChannel implements Channel, AutoCloseable {

    static final RawSqlScript SEARCH = RawSqlScript.load("search.sql");
    static final RawSqlScript BOOKING = RawSqlScript.load("booking.sql");
    static final RawSqlScript HOTEL = RawSqlScript.load("hotel.sql");
    private static final long HOTEL_ID = 1;
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final RawSqlSession session;
    /** The channel of the API key, read once when connecting: the server holds its channels in memory too. */
    private final String channelCode;
    /** The hotel's row, read once when connecting: the server holds the hotel in memory too. */
    private final java.util.List<java.util.Map<String, Object>> hotel;
    private final String locationBase;

    RawSqlChannel(String jdbcUrl, Options options) throws SQLException {
        java.sql.Connection connection = DriverManager.getConnection(jdbcUrl);
        this.channelCode = channelCode(connection, sha256(options.apiKey()));
        this.session = new RawSqlSession(connection);
        RawSqlValues read = new RawSqlValues().put("hotel_id", HOTEL_ID);
        session.run(HOTEL, read, (name, rows, v) -> { });
        this.hotel = read.rows("hotel");
        this.locationBase = options.url() + "/api/v1/reservations/";
    }

    private static String channelCode(java.sql.Connection connection, String apiKeyHash) throws SQLException {
        try (java.sql.PreparedStatement read = connection.prepareStatement("select code from channel where api_key_hash = ?")) {
            read.setString(1, apiKeyHash);
            try (java.sql.ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("no channel has the API key given");
                }
                return row.getString(1);
            }
        }
    }

    @Override
    public int search(LocalDate arrival, LocalDate departure, int adults) throws IOException {
        RawSqlValues values = new RawSqlValues().put("arrival", arrival).put("departure", departure).put("adults", adults);
        try {
            session.run(SEARCH, values, (name, rows, v) -> { });
            return 200;
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public Booked book(Booking b) throws IOException {
        RawSqlValues values = bookingValues(b, locationBase, channelCode);
        values.keep("hotel", hotel);
        try {
            boolean booked = session.run(BOOKING, values, RawSqlChannel::derive);
            return booked ? new Booked(201, (String) values.get("confirmation_number")) : new Booked(409, null);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** What a booking binds before any statement ran. */
    static RawSqlValues bookingValues(Booking b, String locationBase, String channelCode) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String confirmation = confirmationNumber();
        return new RawSqlValues().put("channel.code", channelCode).put("actor", "channel:" + channelCode)
                .put("hotel_id", HOTEL_ID).put("idempotency_key", UUID.randomUUID().toString()).put("request_hash", sha256(b.toString()))
                .put("now", now).put("now_ms", now.toInstant().toEpochMilli()).put("guest_limit", 20)
                .put("room_type", b.roomType()).put("rate_plan", b.ratePlan()).put("arrival", b.arrival())
                .put("departure", b.departure()).put("adults", b.adults())
                .put("nights", (int) ChronoUnit.DAYS.between(b.arrival(), b.departure()))
                .put("email", b.email()).put("first_name", b.firstName()).put("last_name", b.lastName())
                .put("search_full_name", (b.firstName() + " " + b.lastName()).toLowerCase(Locale.ROOT))
                .put("search_last_name", b.lastName().toLowerCase(Locale.ROOT)).put("loyalty_tier", "NONE")
                .put("card_last4", b.cardLast4()).put("source", RestChannel.SOURCE).put("status", "GUARANTEED")
                .put("confirmation_number", confirmation).put("location", locationBase + confirmation)
                .put("mail_kind", "BOOKING_CONFIRMATION").put("mail_status", "PENDING").put("created", 201);
    }

    /**
     * Values the server derives from what it read: from the rate plan, whose prices to read (a derived plan, NRF,
     * follows its parent's); from the rates, the prices (with the plan's adjustment) and texts.
     */
    static void derive(String name, List<Map<String, Object>> rows, RawSqlValues values) {
        if (name.equals("rate_plan") && !rows.isEmpty()) {
            Object parent = rows.get(0).get("parent_id");
            values.put("price_source", parent != null ? parent : rows.get(0).get("id"));
        }
        if (!name.equals("rates")) {
            return;
        }
        BigDecimal adjustment = (BigDecimal) values.rows("rate_plan").get(0).get("adjustment_percent");
        BigDecimal vatPercent = (BigDecimal) values.get("hotel.vat_percent");
        BigDecimal cityTax = (BigDecimal) values.get("hotel.city_tax_amount");
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        StringBuilder nights = new StringBuilder();
        for (Map<String, Object> rate : rows) {
            BigDecimal price = (BigDecimal) rate.get("amount");
            if (adjustment != null) {
                price = price.multiply(BigDecimal.valueOf(100).add(adjustment)).divide(BigDecimal.valueOf(100), 2,
                        RoundingMode.HALF_EVEN);
            }
            BigDecimal nightNet = price.multiply(BigDecimal.valueOf(100)).divide(vatPercent.add(BigDecimal.valueOf(100)),
                    2, RoundingMode.HALF_UP);
            rate.put("net", nightNet);
            rate.put("vat", price.subtract(nightNet));
            rate.put("city_tax", cityTax);
            gross = gross.add(price);
            net = net.add(nightNet);
            nights.append(String.format(Locale.ROOT, "{\"cityTax\":%s,\"net\":%s,\"night\":\"%s\",\"price\":%s,\"total\":%s,\"vat\":%s},",
                    cityTax, nightNet, rate.get("night"), price, price.add(cityTax), price.subtract(nightNet)));
        }
        BigDecimal city = cityTax.multiply(BigDecimal.valueOf(rows.size()));
        BigDecimal total = gross.add(city);
        values.put("room_amount", net).put("vat_amount", gross.subtract(net)).put("city_tax_amount", city)
                .put("total_amount", total);
        String confirmation = (String) values.get("confirmation_number");
        values.put("mail_subject", "Your booking at " + values.get("hotel.name") + ": " + confirmation);
        values.put("mail_body", String.format(Locale.ROOT, "Dear %s %s,%n%nthank you for booking with %s. Here is your"
                        + " booking.%n%nConfirmation number: %s%nRoom:                %s (%s)%nArrival:             %s%n"
                        + "Departure:           %s (%d nights)%nGuests:              %d adults%nTotal:               %s %s"
                        + " (taxes included)%n%nWe look forward to welcoming you.%n%s%n", values.get("first_name"),
                values.get("last_name"), values.get("hotel.name"), confirmation, values.get("room_type.name"),
                values.get("rate_plan.name"), values.get("arrival"), values.get("departure"), rows.size(),
                values.get("adults"), total, values.get("hotel.currency"), values.get("hotel.name")));
        values.put("response_body", String.format(Locale.ROOT, "{\"adults\":%s,\"arrival\":\"%s\",\"channel\":\"%s\","
                        + "\"confirmationNumber\":\"%s\",\"createdAt\":\"%s\",\"departure\":\"%s\",\"guest\":{\"email\":\"%s\","
                        + "\"firstName\":\"%s\",\"lastName\":\"%s\"},\"nightlyPrices\":[%s],\"ratePlan\":\"%s\","
                        + "\"roomType\":\"%s\",\"roomTotal\":%s,\"total\":%s,\"vat\":%s}", values.get("adults"),
                values.get("arrival"), values.get("channel.code"), confirmation, values.get("now"), values.get("departure"),
                values.get("email"), values.get("first_name"), values.get("last_name"),
                nights.isEmpty() ? "" : nights.substring(0, nights.length() - 1), values.get("rate_plan"),
                values.get("room_type"), net, total, gross.subtract(net)));
    }

    /** In the server's format (ConfirmationNumber: IK and eight characters without look-alikes), which it checks on reading. */
    private static String confirmationNumber() {
        StringBuilder code = new StringBuilder("IK");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        session.close();
    }
}
