package org.innkeeper.infrastructure.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the hotel holds on one guest, found across the tables that keep it (the profile and the
 * profiles merged into it, their reservations and stays, folios, invoices, requests, complaints, surveys,
 * e-mails and the audit trail), read for an export or anonymised for an erasure. Invoices stay as issued:
 * the law keeps them (GDPR article 17(3)(b)); their addressee, lines and amounts are not touched.
 */
public final class GuestDataStore {

    public static final String ERASED_FIRST = "Erased";
    public static final String ERASED_LAST = "Guest";
    public static final String ERASED_TEXT = "(erased)";
    public static final String ERASED_EMAIL = "erased@invalid";

    /** The connection of the current unit of work (a server hands out a new handle for each). */
    private Connection connection;
    private final List<Long> guests;
    private final List<Long> reservations;
    private final List<String> confirmationNumbers;
    private final List<String> emails;

    /** The guest's records: the profile, the profiles merged into it, their reservations. */
    public GuestDataStore(Connection connection, long guestId) throws SQLException {
        this.connection = connection;
        this.guests = new ArrayList<>();
        this.emails = new ArrayList<>();
        for (Map<String, Object> g : SqlValues.rows(connection,
                "select id, email from guest where id = ? or merged_into_id = ?", List.of(List.of(guestId), List.of(guestId)))) {
            guests.add(((Number) g.get("id")).longValue());
            if (g.get("email") != null) {
                emails.add(g.get("email").toString().toLowerCase(Locale.ROOT));
            }
        }
        this.reservations = new ArrayList<>();
        this.confirmationNumbers = new ArrayList<>();
        if (guests.isEmpty()) {
            return;
        }
        for (Map<String, Object> r : SqlValues.rows(connection, "select id, confirmation_number, guest_email from reservation"
                + " where guest_id in (" + SqlValues.marks(guests) + ") order by id", List.of(guests))) {
            reservations.add(((Number) r.get("id")).longValue());
            confirmationNumbers.add(r.get("confirmation_number").toString());
            if (r.get("guest_email") != null && !emails.contains(r.get("guest_email").toString())) {
                emails.add(r.get("guest_email").toString());
            }
        }
    }

    /** Works on this connection from now on: a server's connection handle lasts one unit of work. */
    public GuestDataStore on(Connection current) {
        this.connection = current;
        return this;
    }

    public boolean exists() {
        return !guests.isEmpty();
    }

    public List<Long> reservations() {
        return reservations;
    }

    /** Every record held on the guest, table by table (secrets and file contents left out), values as JSON takes them. */
    public Map<String, List<Map<String, Object>>> export() throws SQLException {
        Map<String, List<Map<String, Object>>> held = new LinkedHashMap<>();
        held.put("guest", select("select * from guest where id in (%g)"));
        held.put("guest_preference", select("select * from guest_preference where guest_id in (%g)"));
        held.put("reservation", select("select * from reservation where id in (%r)"));
        held.put("reservation_night", select("select * from reservation_night where reservation_id in (%r)"));
        held.put("companion", select("select * from companion where reservation_id in (%r)"));
        held.put("folio", select("select * from folio where reservation_id in (%r)"));
        held.put("posting", select("select p.* from posting p join folio f on f.id = p.folio_id where f.reservation_id in (%r)"
                + " order by p.id"));
        held.put("invoice", select("select * from invoice where reservation_id in (%r)"));
        held.put("guest_request", select("select * from guest_request where reservation_id in (%r) or guest_id in (%g)"));
        held.put("request_event", select("select e.* from request_event e join guest_request q on q.id = e.request_id"
                + " where q.reservation_id in (%r) or q.guest_id in (%g)"));
        held.put("complaint", select("select * from complaint where reservation_id in (%r) or guest_id in (%g)"));
        held.put("survey", without(select("select * from survey where reservation_id in (%r)"), "token"));
        held.put("outbox_message", without(select("select * from outbox_message where confirmation_number in (%c)"
                + " or lower(recipient) in (%e)"), "attachment_content"));
        held.put("guest_notification", select("select * from guest_notification where reservation_id in (%r)"));
        held.put("guest_erasure", select("select * from guest_erasure where guest_id in (%g)"));
        return held;
    }

    /**
     * Anonymises the guest's personal data wherever it is kept, the audit trail's copies included; invoices
     * stay as issued. Returns the number of reservations touched. The caller records the erasure.
     */
    public int anonymise(Instant at, String by) throws SQLException {
        Timestamp when = Timestamp.from(at);
        update("update guest set first_name = '" + ERASED_FIRST + "', last_name = '" + ERASED_LAST + "', email = null,"
                + " phone = null, search_last_name = 'guest', search_full_name = 'erased guest', search_phone = null,"
                + " language = null, vip_level = 0, loyalty_tier = 'NONE', preferred_floor = null, pillow = null,"
                + " allergies = null, preference_note = null, notes = null, alert = null, nationality = null,"
                + " birth_date = null, document_type = null, document_number = null, changed_by = ?, changed_at = ?,"
                + " erased_at = ? where id in (%g)", by, when, when);
        update("delete from guest_preference where guest_id in (%g)");
        String asBooked = " set guest_first_name = '" + ERASED_FIRST + "', guest_last_name = '" + ERASED_LAST + "',"
                + " guest_email = null, guest_phone = null, guest_search_last_name = 'guest',"
                + " guest_search_full_name = 'erased guest', document_type = null, document_number = null,"
                + " nationality = null, birth_date = null where id in (%r)";
        update("update reservation" + asBooked);
        update("update reservation_aud" + asBooked); // the trail's copies of the reservation
        update("update companion set first_name = '" + ERASED_FIRST + "', last_name = 'Companion', document_type = null,"
                + " document_number = null, nationality = null, birth_date = null where reservation_id in (%r)");
        update("update request_event set note = null where request_id in (select id from guest_request"
                + " where reservation_id in (%r) or guest_id in (%g))");
        update("update guest_request set description = '" + ERASED_TEXT + "' where reservation_id in (%r) or guest_id in (%g)");
        update("update complaint set guest_name = null, guest_words = '" + ERASED_TEXT + "', follow_up_note = null"
                + " where reservation_id in (%r) or guest_id in (%g)");
        update("update survey set comment = null where reservation_id in (%r)");
        update("update outbox_message set recipient = '" + ERASED_EMAIL + "', subject = '" + ERASED_TEXT + "', body = '"
                + ERASED_TEXT + "', attachment_name = null, attachment_content_type = null, attachment_content = null"
                + " where confirmation_number in (%c) or lower(recipient) in (%e)");
        update("update guest_notification set recipient = null, message = '" + ERASED_TEXT + "' where reservation_id in (%r)");
        return reservations.size();
    }

    /**
     * Profiles (not merged, not erased) whose last stay ended before {@code cutoff}, or which never stayed
     * and were made before it; at most {@code limit}.
     */
    public static List<Long> beyondRetention(Connection connection, LocalDate cutoff, Instant madeBefore, int limit)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select g.id from guest g where g.erased_at is null"
                + " and g.merged_into_id is null"
                + " and not exists (select 1 from reservation r where r.guest_id = g.id and r.departure >= ?)"
                + " and (exists (select 1 from reservation r where r.guest_id = g.id) or g.created_at < ?) order by g.id")) {
            query.setObject(1, cutoff);
            query.setTimestamp(2, Timestamp.from(madeBefore));
            query.setMaxRows(limit);
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<Map<String, Object>> without(List<Map<String, Object>> rows, String column) {
        rows.forEach(r -> r.remove(column));
        return rows;
    }

    /** The statement with %g, %r, %c and %e standing for the guests, reservations, confirmation numbers and e-mails. */
    private PreparedStatement prepare(String template, List<Object> leading) throws SQLException {
        List<Collection<?>> lists = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            if (ch == '%' && i + 1 < template.length() && "grce".indexOf(template.charAt(i + 1)) >= 0) {
                Collection<?> values = switch (template.charAt(++i)) {
                    case 'g' -> guests;
                    case 'r' -> reservations;
                    case 'c' -> confirmationNumbers;
                    default -> emails;
                };
                // an empty IN list matches nothing: "in (null)" is portable
                sql.append(values.isEmpty() ? "null" : SqlValues.marks(values));
                lists.add(values);
            } else {
                sql.append(ch);
            }
        }
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        int next = SqlValues.bind(statement, 1, leading);
        for (Collection<?> values : lists) {
            next = SqlValues.bind(statement, next, values);
        }
        return statement;
    }

    private List<Map<String, Object>> select(String template) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement query = prepare(template, List.of()); var rs = query.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> row = SqlValues.row(rs);
                row.replaceAll((column, value) -> SqlValues.json(value));
                rows.add(row);
            }
        }
        return rows;
    }

    private void update(String template, Object... leading) throws SQLException {
        try (PreparedStatement statement = prepare(template, List.of(leading))) {
            statement.executeUpdate();
        }
    }
}
