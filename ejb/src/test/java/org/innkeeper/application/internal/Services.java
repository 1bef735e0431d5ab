package org.innkeeper.application.internal;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.innkeeper.application.Actor;
import org.innkeeper.infrastructure.mail.SmtpServer;
import org.innkeeper.infrastructure.persistence.Repositories;

/**
 * The application services wired to one entity manager, as the container would: for JPA tests. The
 * rooms-freed events are collected, to be handed to the waitlist after the transaction, as the
 * container does after commit.
 */
final class Services {

    final Repositories repositories;
    final HotelCalendar calendar;
    final List<RoomsFreed> freed = new ArrayList<>();

    private final Clock clock;
    /** Where a step the container runs in a transaction of its own (REQUIRES_NEW) gets one; null: in the caller's. */
    private org.innkeeper.infrastructure.persistence.TestDatabase own;

    private Services(EntityManager em, Clock clock) {
        this.clock = clock;
        repositories = Repositories.bind(em);
        calendar = new HotelCalendar(clock);
        calendar.hotels = repositories.hotels();
        // as the request scope does in the server: this thread's transactions are stamped with the tests' actor
        org.innkeeper.infrastructure.history.RevisionActor.bind(actor);
    }

    /** Moves the hotel to another business date outright, as a test that moves its clock by days needs. */
    static void businessDay(org.innkeeper.infrastructure.persistence.TestDatabase db, java.time.LocalDate date) {
        db.inTransaction(em -> {
            em.find(org.innkeeper.domain.hotel.Hotel.class, org.innkeeper.domain.hotel.Hotel.THE_HOTEL).openBusinessDay(date);
            return null;
        });
    }

    /**
     * Runs the night audit of the business date as the server does: each step in a transaction of its
     * own, warnings acknowledged. Returns the date it closed.
     */
    static java.time.LocalDate audit(org.innkeeper.infrastructure.persistence.TestDatabase db, Clock clock) {
        java.time.LocalDate date = db.inTransaction(em -> bind(em, clock).calendar.businessDate());
        db.inTransaction(em -> {
            bind(em, clock).auditSteps().begin(date, "manager");
            return null;
        });
        for (org.innkeeper.domain.audit.AuditStep step : org.innkeeper.domain.audit.AuditStep.values()) {
            db.inTransaction(em -> bind(em, clock).auditSteps().run(date, step, true, "manager"));
        }
        return date;
    }

    static Services bind(EntityManager em) {
        return new Services(em, Clock.systemUTC());
    }

    static Services bind(EntityManager em, Clock clock) {
        return new Services(em, clock);
    }

    /** As the container: the steps it runs in transactions of their own get them from {@code db}. */
    static Services bind(EntityManager em, Clock clock, org.innkeeper.infrastructure.persistence.TestDatabase db) {
        Services s = new Services(em, clock);
        s.own = db;
        return s;
    }

    DefaultReservationService reservations() {
        DefaultReservationService s = new DefaultReservationService();
        s.rooms = repositories.rooms();
        s.rates = repositories.rates();
        s.inventory = repositories.inventory();
        s.guests = repositories.guests();
        s.reservations = repositories.reservations();
        s.folios = repositories.folios();
        s.notifications = repositories.notifications();
        s.calendar = calendar;
        s.setup = referenceData();
        s.roomsFreed = new Recorder<>(freed);
        s.roomNights = repositories.roomNights();
        s.actor = actor;
        s.accounts = accounts();
        s.confirmations = confirmations();
        s.stamper = stamper();
        return s;
    }

    /** The change feed's stamper: in a transaction of its own when bound with a database, else in the caller's. */
    ChangeStamper stamper() {
        if (own != null) {
            org.innkeeper.infrastructure.persistence.TestDatabase db = own;
            return new ChangeStamper() {
                @Override
                public int stampCommitted() {
                    return db.inTransaction(em -> Services.bind(em, clock).stamper().stampCommitted());
                }
            };
        }
        ChangeStamper s = new ChangeStamper();
        s.reservations = repositories.reservations();
        return s;
    }

    DefaultGuestService guests() {
        DefaultGuestService s = new DefaultGuestService();
        s.guests = repositories.guests();
        s.reservations = repositories.reservations();
        s.calendar = calendar;
        s.actor = actor;
        return s;
    }

    /** As a timer's own thread: no request, nobody acting (the trail then says "system"). */
    Services onTimerThread() {
        org.innkeeper.infrastructure.history.RevisionActor.bind(null);
        return this;
    }

    DefaultAuditTrailService auditTrail() {
        DefaultAuditTrailService s = new DefaultAuditTrailService();
        s.em = repositories.em();
        s.reservations = repositories.reservations();
        s.calendar = calendar;
        s.actor = actor;
        return s;
    }

    DefaultGuestDataService guestData() {
        DefaultGuestDataService s = new DefaultGuestDataService();
        s.em = repositories.em();
        s.calendar = calendar;
        s.actor = actor;
        return s;
    }

    DefaultAvailabilityService availability() {
        DefaultAvailabilityService a = new DefaultAvailabilityService();
        a.rooms = repositories.rooms();
        a.inventory = repositories.inventory();
        a.calendar = calendar;
        a.reference = referenceData();
        a.snapshots = org.innkeeper.infrastructure.persistence.SalesSnapshots.on(repositories.em());
        return a;
    }

    /** Reference data of this entity manager alone (a test of what it keeps across requests binds one itself). */
    ReferenceData referenceData() {
        ReferenceData r = new ReferenceData();
        r.em = repositories.em();
        r.emf = r.em.getEntityManagerFactory();
        r.snapshots = org.innkeeper.infrastructure.persistence.SalesSnapshots.on(r.em);
        return r;
    }

    DefaultSetupService setup() {
        DefaultSetupService s = new DefaultSetupService();
        s.rooms = repositories.rooms();
        s.rates = repositories.rates();
        s.inventory = repositories.inventory();
        s.calendar = calendar;
        s.articles = repositories.articles();
        s.actor = actor;
        return s;
    }

    /** Who the tests act as. */
    final Actor actor = Actor.of("clerk");

    Rooming rooming() {
        Rooming r = new Rooming();
        r.rooms = repositories.rooms();
        r.roomNights = repositories.roomNights();
        r.inventory = repositories.inventory();
        r.rates = repositories.rates();
        r.roomsFreed = new Recorder<>(freed);
        return r;
    }

    DefaultHotelService hotel() {
        DefaultHotelService s = new DefaultHotelService();
        s.reservations = repositories.reservations();
        s.rooms = repositories.rooms();
        s.calendar = calendar;
        return s;
    }

    DefaultArrivalService arrival() {
        DefaultArrivalService s = new DefaultArrivalService();
        s.reservations = repositories.reservations();
        s.rooms = repositories.rooms();
        s.roomNights = repositories.roomNights();
        s.folios = repositories.folios();
        s.calendar = calendar;
        s.rooming = rooming();
        s.actor = actor;
        s.assigner = assigner();
        s.cards = new org.innkeeper.infrastructure.document.RegistrationCardPdf();
        s.bookings = reservations();
        s.moves = repositories.moves();
        s.guests = repositories.guests();
        s.accounts = accounts();
        return s;
    }

    /** In a transaction of its own per room, as in the server, when bound with a database; else in the caller's. */
    RoomAssigner assigner() {
        if (own != null) {
            org.innkeeper.infrastructure.persistence.TestDatabase db = own;
            return new RoomAssigner() {
                @Override
                public String give(long reservationId, long roomId) {
                    try {
                        return db.inTransaction(em -> {
                            String refusal = Services.bind(em, clock).assigner().give(reservationId, roomId);
                            if (refusal != null) {
                                throw new IllegalStateException(refusal); // rolled back, as setRollbackOnly does
                            }
                            return null;
                        });
                    } catch (RuntimeException refused) {
                        return refused.getMessage();
                    }
                }
            };
        }
        return localAssigner();
    }

    private RoomAssigner localAssigner() {
        RoomAssigner a = new RoomAssigner();
        a.reservations = repositories.reservations();
        a.rooming = rooming();
        a.calendar = calendar;
        a.actor = actor;
        a.em = repositories.em();
        return a;
    }

    DefaultStayService stay() {
        DefaultStayService s = new DefaultStayService();
        s.reservations = repositories.reservations();
        s.rooms = repositories.rooms();
        s.roomNights = repositories.roomNights();
        s.inventory = repositories.inventory();
        s.folios = repositories.folios();
        s.calendar = calendar;
        s.rooming = rooming();
        s.actor = actor;
        s.roomsFreed = new Recorder<>(freed);
        s.moves = repositories.moves();
        return s;
    }

    Accounts accounts() {
        Accounts a = new Accounts();
        a.folios = repositories.folios();
        a.articles = repositories.articles();
        return a;
    }

    /** The audit's steps, each bound to this entity manager (the caller gives each its transaction). */
    NightAuditSteps auditSteps() {
        NightAuditSteps s = new NightAuditSteps();
        s.calendar = calendar;
        s.audits = repositories.audits();
        s.reservations = repositories.reservations();
        s.folios = repositories.folios();
        s.accounts = accounts();
        s.rooms = repositories.rooms();
        s.inventory = repositories.inventory();
        s.rates = repositories.rates();
        s.statistics = repositories.statistics();
        s.bookings = reservations();
        return s;
    }

    /** The audit; bound with a database, each step in a transaction of its own as in the server. */
    DefaultNightAuditService nightAudit() {
        DefaultNightAuditService s = new DefaultNightAuditService();
        s.audits = repositories.audits();
        s.actor = actor;
        if (own == null) {
            s.steps = auditSteps();
            return s;
        }
        org.innkeeper.infrastructure.persistence.TestDatabase db = own;
        s.steps = new NightAuditSteps() {
            @Override
            public org.innkeeper.application.dto.NightAuditView view() {
                return db.inTransaction(em -> bind(em, clock, db).auditSteps().view());
            }

            @Override
            public void begin(java.time.LocalDate date, String by) {
                db.inTransaction(em -> {
                    bind(em, clock, db).auditSteps().begin(date, by);
                    return null;
                });
            }

            @Override
            public boolean run(java.time.LocalDate date, org.innkeeper.domain.audit.AuditStep step, boolean ack, String by) {
                return db.inTransaction(em -> bind(em, clock, db).auditSteps().run(date, step, ack, by));
            }
        };
        return s;
    }

    Invoicing invoicing() {
        Invoicing i = new Invoicing();
        i.invoices = repositories.invoices();
        i.folios = repositories.folios();
        i.pdf = new org.innkeeper.infrastructure.document.InvoicePdf();
        i.mail = mail();
        return i;
    }

    DefaultCompanyService companies() {
        DefaultCompanyService s = new DefaultCompanyService();
        s.companies = repositories.companies();
        s.calendar = calendar;
        s.actor = actor;
        return s;
    }

    DefaultDepartureService departure() {
        DefaultDepartureService s = new DefaultDepartureService();
        s.invoicing = invoicing();
        s.invoiceRepository = repositories.invoices();
        s.companyRepository = repositories.companies();
        s.accounts = accounts();
        s.articles = repositories.articles();
        s.reservations = repositories.reservations();
        s.folios = repositories.folios();
        s.roomNights = repositories.roomNights();
        s.calendar = calendar;
        s.actor = actor;
        s.moves = repositories.moves();
        s.surveys = surveyInvitations();
        return s;
    }

    SurveyInvitations surveyInvitations() {
        SurveyInvitations i = new SurveyInvitations();
        i.surveys = repositories.surveys();
        i.mail = mail();
        return i;
    }

    ComplaintIntake complaintIntake() {
        ComplaintIntake i = new ComplaintIntake();
        i.complaints = repositories.complaints();
        return i;
    }

    DefaultComplaintService complaints() {
        DefaultComplaintService s = new DefaultComplaintService();
        s.complaints = repositories.complaints();
        s.intake = complaintIntake();
        s.reservations = repositories.reservations();
        s.folios = repositories.folios();
        s.accounts = accounts();
        s.calendar = calendar;
        s.actor = actor;
        return s;
    }

    DefaultSurveyService surveys() {
        DefaultSurveyService s = new DefaultSurveyService();
        s.surveys = repositories.surveys();
        s.complaints = repositories.complaints();
        s.intake = complaintIntake();
        s.reservations = repositories.reservations();
        s.calendar = calendar;
        s.files = new org.innkeeper.infrastructure.document.ReportFiles();
        return s;
    }

    DefaultReportService reports() {
        DefaultReportService s = new DefaultReportService();
        s.reservations = repositories.reservations();
        s.rooms = repositories.rooms();
        s.calendar = calendar;
        s.statistics = repositories.statistics();
        s.ledger = repositories.ledger();
        s.companies = repositories.companies();
        s.files = new org.innkeeper.infrastructure.document.ReportFiles();
        return s;
    }

    /** The waitlist's transactional steps, each to be run in a transaction of its own by the caller. */
    WaitlistOffers waitlist() {
        WaitlistOffers w = new WaitlistOffers();
        w.reservations = repositories.reservations();
        w.inventory = repositories.inventory();
        w.rates = repositories.rates();
        w.notifications = repositories.notifications();
        w.calendar = calendar;
        return w;
    }

    /** The SMTP server the mail service sends through: none configured unless a test says so. */
    private SmtpServer smtp = new SmtpServer(jakarta.mail.Session.getInstance(new java.util.Properties()), false);

    Services withSmtp(SmtpServer server) {
        this.smtp = server;
        return this;
    }

    BookingConfirmations confirmations() {
        BookingConfirmations c = new BookingConfirmations();
        c.mail = mail();
        return c;
    }

    /**
     * The mail service; when bound with a database, each message is sent in a transaction of its own
     * (as the container's REQUIRES_NEW does), else in the caller's.
     */
    DefaultMailService mail() {
        DefaultMailService m = localMail();
        if (own != null) {
            org.innkeeper.infrastructure.persistence.TestDatabase db = own;
            SmtpServer server = smtp;
            m.self = new DefaultMailService() {
                @Override
                public List<Long> due() {
                    return db.inTransaction(em -> Services.bind(em, clock).withSmtp(server).localMail().due());
                }

                @Override
                public boolean send(long id) {
                    return db.inTransaction(em -> Services.bind(em, clock).withSmtp(server).localMail().send(id));
                }
            };
        }
        return m;
    }

    private DefaultMailService localMail() {
        DefaultMailService m = new DefaultMailService();
        m.outbox = repositories.outbox();
        m.smtp = smtp;
        m.calendar = calendar;
        m.actor = actor;
        m.self = m;
        return m;
    }

    /** Guest requests; bound with a database, each escalation in a transaction of its own, as in the server. */
    DefaultGuestRequestService guestRequests() {
        DefaultGuestRequestService s = new DefaultGuestRequestService();
        s.requests = repositories.guestRequests();
        s.reservations = repositories.reservations();
        s.calendar = calendar;
        s.actor = actor;
        if (own == null) {
            s.escalation = escalation();
            return s;
        }
        org.innkeeper.infrastructure.persistence.TestDatabase db = own;
        Clock c = clock;
        s.escalation = new RequestEscalation() {
            @Override
            public List<Long> candidates(java.time.Instant at) {
                return db.inTransaction(em -> Services.bind(em, c).escalation().candidates(at));
            }

            @Override
            public boolean escalate(long id, java.time.Instant at) {
                return db.inTransaction(em -> Services.bind(em, c).escalation().escalate(id, at));
            }
        };
        return s;
    }

    /** The escalation's steps bound to this entity manager (the caller gives each its transaction). */
    RequestEscalation escalation() {
        RequestEscalation e = new RequestEscalation();
        e.requests = repositories.guestRequests();
        e.calendar = calendar;
        e.mail = mail();
        return e;
    }

    /** CDI's Event, recording what is fired. */
    private record Recorder<T>(List<T> fired) implements Event<T> {
        @Override
        public void fire(T event) {
            fired.add(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
