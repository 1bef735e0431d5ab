package org.innkeeper.infrastructure.persistence;

import jakarta.persistence.EntityManager;

/** The JPA repositories bound to one entity manager, as the container would inject them. */
public record Repositories(JpaHotelRepository hotels, JpaRoomRepository rooms, JpaRateRepository rates,
                           JpaInventoryRepository inventory, JpaGuestRepository guests,
                           JpaReservationRepository reservations, JpaFolioRepository folios,
                           JpaChannelRepository channels, JpaStaffRepository staff,
                           JpaNotificationRepository notifications, JpaRoomNightRepository roomNights,
                           JpaRoomMoveRepository moves, JpaArticleRepository articles,
                           JpaNightAuditRepository audits, JpaStatisticsRepository statistics,
                           JpaInvoiceRepository invoices, JpaCompanyRepository companies, JpaLedgerRepository ledger,
                           EntityManager em) {

    public static Repositories bind(EntityManager em) {
        JpaHotelRepository hotels = new JpaHotelRepository();
        hotels.em = em;
        JpaRoomRepository rooms = new JpaRoomRepository();
        rooms.em = em;
        JpaRateRepository rates = new JpaRateRepository();
        rates.em = em;
        JpaInventoryRepository inventory = new JpaInventoryRepository();
        inventory.em = em;
        JpaGuestRepository guests = new JpaGuestRepository();
        guests.em = em;
        JpaReservationRepository reservations = new JpaReservationRepository();
        reservations.em = em;
        JpaFolioRepository folios = new JpaFolioRepository();
        folios.em = em;
        JpaChannelRepository channels = new JpaChannelRepository();
        channels.em = em;
        JpaStaffRepository staff = new JpaStaffRepository();
        staff.em = em;
        JpaNotificationRepository notifications = new JpaNotificationRepository();
        notifications.em = em;
        JpaRoomNightRepository roomNights = new JpaRoomNightRepository();
        roomNights.em = em;
        JpaRoomMoveRepository moves = new JpaRoomMoveRepository();
        moves.em = em;
        JpaArticleRepository articles = new JpaArticleRepository();
        articles.em = em;
        JpaNightAuditRepository audits = new JpaNightAuditRepository();
        audits.em = em;
        JpaStatisticsRepository statistics = new JpaStatisticsRepository();
        statistics.em = em;
        JpaInvoiceRepository invoices = new JpaInvoiceRepository();
        invoices.em = em;
        JpaCompanyRepository companies = new JpaCompanyRepository();
        companies.em = em;
        JpaLedgerRepository ledger = new JpaLedgerRepository();
        ledger.em = em;
        return new Repositories(hotels, rooms, rates, inventory, guests, reservations, folios, channels, staff,
                notifications, roomNights, moves, articles, audits, statistics, invoices, companies, ledger, em);
    }

    /** The complaints bound to the entity manager. */
    public JpaComplaintRepository complaints() {
        JpaComplaintRepository complaints = new JpaComplaintRepository();
        complaints.em = em;
        return complaints;
    }

    /** The surveys bound to the entity manager. */
    public JpaSurveyRepository surveys() {
        JpaSurveyRepository surveys = new JpaSurveyRepository();
        surveys.em = em;
        return surveys;
    }

    /** The outbox bound to the entity manager. */
    public JpaOutboxRepository outbox() {
        JpaOutboxRepository outbox = new JpaOutboxRepository();
        outbox.em = em;
        return outbox;
    }

    /** The guest requests' repository bound to the entity manager. */
    public JpaGuestRequestRepository guestRequests() {
        JpaGuestRequestRepository requests = new JpaGuestRequestRepository();
        requests.em = em;
        return requests;
    }
}
