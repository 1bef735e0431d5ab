package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.innkeeper.application.Actor;
import org.innkeeper.application.DepartureService;
import org.innkeeper.application.dto.ChargeRequest;
import org.innkeeper.application.dto.FolioView;
import org.innkeeper.application.dto.PaymentRequest;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.domain.folio.Article;
import org.innkeeper.domain.folio.ArticleRepository;
import org.innkeeper.domain.folio.Stamp;
import org.innkeeper.domain.folio.Folio;
import org.innkeeper.domain.folio.FolioRepository;
import org.innkeeper.domain.folio.PaymentMethod;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.room.RoomNightRepository;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;

@Stateless
@Interceptors(ConcurrentChanges.class)
public class DefaultDepartureService implements DepartureService {

    private static final Logger LOG = Logger.getLogger(DefaultDepartureService.class.getName());

    @Inject
    ReservationRepository reservations;
    @Inject
    FolioRepository folios;
    @Inject
    RoomNightRepository roomNights;
    @Inject
    HotelCalendar calendar;
    @Inject
    Accounts accounts;
    @Inject
    ArticleRepository articles;
    @Inject
    Invoicing invoicing;
    @Inject
    org.innkeeper.domain.company.CompanyRepository companyRepository;
    @Inject
    org.innkeeper.domain.invoice.InvoiceRepository invoiceRepository;
    @Inject
    Actor actor;
    @Inject
    org.innkeeper.domain.reservation.RoomMoveRepository moves;
    @Inject
    SurveyInvitations surveys;

    @Override
    public List<ReservationSummary> departures(LocalDate date) {
        List<Reservation> list = reservations.inHouseDepartingOn(date == null ? calendar.businessDate() : date);
        return Views.summaries(list, folios.balances(list.stream().map(Reservation::id).toList()));
    }

    @Override
    public FolioView folio(String confirmationNumber) {
        Reservation reservation = reservations.get(confirmationNumber);
        return folios.forReservation(reservation).map(f -> Views.folio(reservation, f, articleNames(f)))
                .orElseGet(() -> Views.folio(reservation, new Folio(reservation, reservation.total().currency())));
    }

    @Override
    public FolioView postCharge(String confirmationNumber, ChargeRequest request) {
        Reservation reservation = reservations.getForUpdate(confirmationNumber);
        reservation.requireInHouse("post a charge to");
        Article article = accounts.article(request.article());
        if (article.systemArticle()) {
            throw new org.innkeeper.domain.shared.InvalidValueException("article", article.name()
                    + " is posted by the night audit or a policy, not by hand");
        }
        Folio folio = accounts.of(reservation);
        Money amount = article.amountFor(request.amount(), request.quantityOrOne(), folio.currency());
        String description = request.description() != null && !request.description().isBlank() ? request.description()
                : request.quantityOrOne() > 1 ? request.quantityOrOne() + " × " + article.name() : article.name();
        folio.postCharge(article, description, amount, stamp());
        return view(reservation, folio);
    }

    @Override
    public FolioView recordPayment(String confirmationNumber, PaymentRequest request) {
        Reservation reservation = reservations.getForUpdate(confirmationNumber);
        Folio folio = accounts.of(reservation);
        PaymentMethod method = PaymentMethod.parse(request.method());
        if (method == PaymentMethod.DIRECT_BILL) {
            throw new org.innkeeper.domain.shared.InvalidValueException("method",
                    "a company's window is billed with direct bill, not paid with it");
        }
        Money amount = Money.of(request.amount(), folio.currency());
        if (reservation.status().isUpcoming()) {
            // before arrival: a deposit or prepayment, kept as a credit and set against the stay
            folio.takeDeposit(method, amount, request.cardLast4(), reservation.total(), stamp());
            LOG.info(() -> "Deposit of " + amount + " on " + confirmationNumber + " by " + actor.name());
            return view(reservation, folio);
        }
        if (reservation.status() != org.innkeeper.domain.reservation.ReservationStatus.IN_HOUSE
                && !folio.balance().isPositive()) {
            reservation.requireInHouse("take a payment for");
        }
        folio.recordPayment(method, amount, request.cardLast4(), request.window() == null ? 1 : request.window(), stamp());
        return view(reservation, folio);
    }

    @Override
    public FolioView refund(String confirmationNumber, org.innkeeper.application.dto.RefundRequest request) {
        Reservation reservation = reservations.getForUpdate(confirmationNumber);
        Folio folio = folioOf(reservation);
        folio.refund(PaymentMethod.parse(request.method()), Money.of(request.amount(), folio.currency()),
                request.cardLast4(), request.reason(), stamp());
        LOG.info(() -> "Refund on " + confirmationNumber + " by " + actor.name());
        return view(reservation, folio);
    }

    @Override
    public FolioView reverse(String confirmationNumber, long postingId, org.innkeeper.application.dto.ReasonRequest request) {
        Reservation reservation = reservations.getForUpdate(confirmationNumber);
        Folio folio = folioOf(reservation);
        folio.reverse(postingId, request.reason(), actor.isManager(), stamp());
        LOG.info(() -> "Posting " + postingId + " of " + confirmationNumber + " reversed by " + actor.name());
        return view(reservation, folio);
    }

    @Override
    public List<org.innkeeper.application.dto.ArticleView> chargeableArticles() {
        return articles.articles().stream().filter(a -> a.active() && !a.systemArticle())
                .map(Views::article).toList();
    }

    @Override
    public FolioView openWindow(String confirmationNumber, org.innkeeper.application.dto.WindowRequest request) {
        Reservation reservation = reservations.getForUpdate(confirmationNumber);
        Folio folio = accounts.of(reservation);
        int number;
        if (request.companyId() != null) {
            var company = companyRepository.find(request.companyId()).orElseThrow(() ->
                    new org.innkeeper.domain.shared.InvalidValueException("companyId", "no company " + request.companyId()));
            number = folio.openWindow(company.name(), company.address(), company.vatId(), company.id());
        } else {
            number = folio.openWindow(request.payeeName(), request.payeeAddress(), request.payeeVatId());
        }
        LOG.info(() -> "Window " + number + " of " + confirmationNumber + " opened for " + request.payeeName() + " by "
                + actor.name());
        return view(reservation, folio);
    }

    @Override
    public FolioView route(String confirmationNumber, org.innkeeper.application.dto.RouteRequest request) {
        Reservation reservation = reservations.getForUpdate(confirmationNumber);
        Folio folio = accounts.of(reservation);
        for (String code : request.articles()) {
            folio.route(accounts.article(code), request.window(), request.from(), request.to());
        }
        return view(reservation, folio);
    }

    @Override
    public FolioView addFixedCharge(String confirmationNumber, org.innkeeper.application.dto.FixedChargeRequest request) {
        Reservation reservation = reservations.getForUpdate(confirmationNumber);
        requireOpenStay(reservation);
        Folio folio = accounts.of(reservation);
        var article = accounts.article(request.article());
        int quantity = request.quantity() == null ? 1 : request.quantity();
        String currency = folio.currency();
        var unitPrice = article.amountFor(request.unitPrice(), 1, currency);
        var charge = folio.addFixedCharge(article, quantity, unitPrice, request.from(), request.to(), stamp());
        LOG.info(() -> "Fixed charge " + charge.chargeNo() + " (" + article.code() + " × " + quantity + ") on "
                + confirmationNumber + " by " + actor.name());
        return view(reservation, folio);
    }

    @Override
    public FolioView endFixedCharge(String confirmationNumber, int number) {
        Reservation reservation = reservations.getForUpdate(confirmationNumber);
        Folio folio = accounts.of(reservation);
        folio.endFixedCharge(number, stamp());
        LOG.info(() -> "Fixed charge " + number + " on " + confirmationNumber + " ended by " + actor.name());
        return view(reservation, folio);
    }

    /** Fixed charges are for a stay still to come or in house. */
    private static void requireOpenStay(Reservation reservation) {
        var status = reservation.status();
        if (status != org.innkeeper.domain.reservation.ReservationStatus.IN_HOUSE && !status.isUpcoming()) {
            throw new org.innkeeper.domain.shared.StateConflictException("stay-closed",
                    "a " + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + " reservation takes no fixed charges");
        }
    }

    @Override
    public FolioView transfer(String confirmationNumber, long postingId, org.innkeeper.application.dto.TransferRequest request) {
        Stamp stamp = stamp();
        if (request.toReservation() == null || request.toReservation().isBlank()) {
            if (request.toWindow() == null) {
                throw new org.innkeeper.domain.shared.InvalidValueException("toWindow",
                        "say where to: a window of this folio (toWindow) or another stay (toReservation)");
            }
            Reservation reservation = reservations.getForUpdate(confirmationNumber);
            Folio folio = folioOf(reservation);
            folio.transfer(postingId, request.toWindow(), request.reason(), stamp);
            return view(reservation, folio);
        }
        // both stays locked, in a fixed order: two transfers the other way round cannot deadlock
        String other = request.toReservation().strip().toUpperCase(java.util.Locale.ROOT);
        if (other.equals(confirmationNumber.strip().toUpperCase(java.util.Locale.ROOT))) {
            throw new org.innkeeper.domain.shared.InvalidValueException("toReservation", "that is this stay");
        }
        boolean thisFirst = confirmationNumber.compareTo(other) < 0;
        Reservation first = reservations.getForUpdate(thisFirst ? confirmationNumber : other);
        Reservation second = reservations.getForUpdate(thisFirst ? other : confirmationNumber);
        Reservation from = thisFirst ? first : second;
        Reservation to = thisFirst ? second : first;
        to.requireInHouse("transfer a charge to");
        Folio source = folioOf(from);
        org.innkeeper.domain.folio.Posting moved = source.transferOut(postingId, to.confirmationNumber().value(),
                request.reason(), stamp);
        accounts.of(to).receive(moved, from.confirmationNumber().value(), request.reason(), stamp);
        LOG.info(() -> "Posting " + postingId + " of " + from.confirmationNumber() + " transferred to "
                + to.confirmationNumber() + " by " + actor.name());
        return view(from, source);
    }

    @Override
    public FolioView directBill(String confirmationNumber, int window) {
        Today today = calendar.today();
        Reservation reservation = reservations.getForUpdate(confirmationNumber);
        Folio folio = folioOf(reservation);
        Long companyId = folio.companyOf(window);
        if (companyId == null) {
            throw new StateConflictException("not-a-company-window", "window " + window + " is not billed to a company");
        }
        // the company's row locked: two direct bills at once can't both pass its credit limit
        var company = companyRepository.findForUpdate(companyId).orElseThrow();
        Money owed = folio.balance(window);
        company.requireCredit(DefaultCompanyService.owed(companyRepository, companyId, today.businessDate(),
                folio.currency()), owed);
        Stamp stamp = new Stamp(today.businessDate(), today.instant(), actor.name());
        var invoice = invoicing.hasUninvoiced(folio, window)
                ? invoicing.issue(reservation, folio, org.innkeeper.application.dto.InvoiceRequest.TO_THE_GUEST
                        .forWindow(window), today.hotel(), stamp) : null;
        folio.directBill(window, stamp);
        companyRepository.store(org.innkeeper.domain.company.LedgerEntry.billed(companyId,
                invoice == null ? null : invoice.id(), invoice == null ? "—" : invoice.printedNumber(), owed, stamp,
                reservation.confirmationNumber().value() + " " + reservation.guestName()));
        LOG.info(() -> "Window " + window + " of " + confirmationNumber + " billed to " + company.name() + ": " + owed);
        return view(reservation, folio);
    }

    @Override
    public ReservationView expressCheckOut(String confirmationNumber) {
        Today today = calendar.today();
        Reservation reservation = reservations.getForUpdate(confirmationNumber);
        reservation.requireInHouse("check out");
        Folio folio = accounts.of(reservation);
        if (folio.balance().isPositive()) {
            if (reservation.guaranteeCardLast4() == null) {
                throw new StateConflictException("express-not-possible", "the folio has a balance of " + folio.balance()
                        + " and no card on file: settle it at the desk");
            }
            // the card on file pays what is left
            folio.recordPayment(PaymentMethod.CARD, folio.balance(), reservation.guaranteeCardLast4(),
                    new Stamp(today.businessDate(), today.instant(), actor.name()));
        } else if (folio.balance().isNegative()) {
            throw new StateConflictException("express-not-possible", "the guest is owed " + folio.balance().negated()
                    + ": refund it at the desk");
        }
        ReservationView out = checkOut(confirmationNumber);
        LOG.info(() -> "Express check-out of " + confirmationNumber + " by " + actor.name());
        return out;
    }

    @Override
    public List<org.innkeeper.application.dto.InvoiceView> invoices(String confirmationNumber) {
        Reservation reservation = reservations.get(confirmationNumber);
        org.innkeeper.domain.hotel.Hotel hotel = calendar.hotel();
        return invoiceRepository.ofReservation(reservation.id()).stream()
                .map(i -> invoicing.view(i, reservation, hotel)).toList();
    }

    @Override
    public org.innkeeper.application.dto.InvoiceView issueInvoice(String confirmationNumber,
                                                                  org.innkeeper.application.dto.InvoiceRequest request) {
        Today today = calendar.today();
        Reservation reservation = reservations.getForUpdate(confirmationNumber);
        Folio folio = folioOf(reservation);
        var invoice = invoicing.issue(reservation, folio, request, today.hotel(),
                new Stamp(today.businessDate(), today.instant(), actor.name()));
        LOG.info(() -> "Invoice " + invoice.printedNumber() + " for " + confirmationNumber + " by " + actor.name());
        return invoicing.view(invoice, reservation, today.hotel());
    }

    @Override
    public org.innkeeper.application.dto.InvoiceView creditNote(long invoiceId,
                                                                org.innkeeper.application.dto.ReasonRequest request) {
        Today today = calendar.today();
        var invoice = invoiceRepository.findForUpdate(invoiceId)
                .orElseThrow(() -> new org.innkeeper.domain.shared.NotFoundException("Invoice", String.valueOf(invoiceId)));
        Reservation reservation = reservations.findAll(List.of(invoice.reservationId())).get(0);
        var note = invoicing.creditNote(invoice, reservation, request.reason(), today.hotel(),
                new Stamp(today.businessDate(), today.instant(), actor.name()));
        LOG.info(() -> "Credit note " + note.printedNumber() + " cancels " + invoice.printedNumber() + " by " + actor.name());
        return invoicing.view(note, reservation, today.hotel());
    }

    @Override
    public org.innkeeper.application.dto.InvoiceView invoice(long invoiceId) {
        var invoice = invoiceRepository.find(invoiceId)
                .orElseThrow(() -> new org.innkeeper.domain.shared.NotFoundException("Invoice", String.valueOf(invoiceId)));
        Reservation reservation = reservations.findAll(List.of(invoice.reservationId())).get(0);
        return invoicing.view(invoice, reservation, calendar.hotel());
    }

    @Override
    public byte[] invoicePdf(long invoiceId) {
        var invoice = invoiceRepository.find(invoiceId)
                .orElseThrow(() -> new org.innkeeper.domain.shared.NotFoundException("Invoice", String.valueOf(invoiceId)));
        return invoiceRepository.document(invoiceId).map(org.innkeeper.domain.invoice.InvoiceDocument::pdf)
                .orElseGet(() -> invoicing.keepPdf(invoice, reservations.findAll(List.of(invoice.reservationId())).get(0),
                        calendar.hotel()));
    }

    /** The folio as it is now, its new postings numbered (the desk and the API name postings by their ids). */
    private FolioView view(Reservation reservation, Folio folio) {
        folios.store(folio);
        return Views.folio(reservation, folio, articleNames(folio));
    }

    /** The catalogue's names of the articles the folio's fixed charges take. */
    private java.util.Map<String, String> articleNames(Folio folio) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        folio.fixedCharges().forEach(c -> names.computeIfAbsent(c.articleCode(), code -> accounts.article(code).name()));
        return names;
    }

    private Stamp stamp() {
        return new Stamp(calendar.businessDate(), calendar.now(), actor.name());
    }

    @Override
    public ReservationView checkOut(String confirmationNumber) {
        Today today = calendar.today();
        Reservation reservation = reservations.getForUpdate(confirmationNumber);
        Folio folio = accounts.of(reservation);
        for (int window : folio.windowNumbers()) {
            if (window != 1 && !folio.balance(window).isZero()) {
                throw new StateConflictException("balance-not-zero", "window " + window + " of " + confirmationNumber
                        + " still has a balance of " + folio.balance(window) + "; settle each window before check-out");
            }
        }
        reservation.checkOut(folio.balance(), today.businessDate(), actor.name(), today.instant());
        // each window with charges not invoiced yet gets its invoice; the guest's own is e-mailed
        for (int window : folio.windowNumbers()) {
            if (invoicing.hasUninvoiced(folio, window)) {
                var invoice = invoicing.issue(reservation, folio,
                        org.innkeeper.application.dto.InvoiceRequest.TO_THE_GUEST.forWindow(window), today.hotel(),
                        new Stamp(today.businessDate(), today.instant(), actor.name()));
                if (window == 1) {
                    invoicing.mailToGuest(invoice, reservation, today.hotel());
                }
            }
        }
        // a guest leaving before the last night gives the room back for the nights not slept
        roomNights.releaseStay(reservation.id(), today.businessDate());
        moves.scheduledFor(reservation).forEach(planned -> planned.cancel(today.instant()));
        // ask right after: the thanks and the survey's link, queued with the check-out
        surveys.invite(reservation, today);
        LOG.info(() -> "Checked out " + reservation.confirmationNumber() + " by " + actor.name());
        return Views.reservation(reservation, today);
    }



    private Folio folioOf(Reservation reservation) {
        return folios.forReservation(reservation).orElseThrow(() -> new StateConflictException("no-folio",
                "reservation " + reservation.confirmationNumber() + " has nothing posted yet"));
    }
}
