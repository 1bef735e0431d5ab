package org.innkeeper.application.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.innkeeper.domain.folio.Article;
import org.innkeeper.domain.folio.ArticleRepository;
import org.innkeeper.domain.folio.Folio;
import org.innkeeper.domain.folio.FolioRepository;
import org.innkeeper.domain.folio.PaymentMethod;
import org.innkeeper.domain.folio.Stamp;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.shared.Money;

/**
 * The guest accounts as the phase services use them: a reservation has its folio from the moment
 * something is posted to it (a fee, a deposit, the first night), and the fees a policy costs are
 * posted there and settled against the card that guaranteed the booking.
 */
@Dependent
public class Accounts {

    @Inject
    FolioRepository folios;
    @Inject
    ArticleRepository articles;

    /** The reservation's folio, opened if it has none yet. */
    public Folio of(Reservation reservation) {
        return folios.forReservation(reservation).orElseGet(() -> {
            Folio folio = new Folio(reservation, reservation.total().currency());
            folios.store(folio);
            return folio;
        });
    }

    public Article article(String code) {
        return articles.get(code);
    }

    public Folio.NightArticles nightArticles() {
        return new Folio.NightArticles(articles.get(Article.ROOM), articles.get(Article.CITY_TAX),
                articles.get(Article.BREAKFAST));
    }

    /**
     * Posts a no-show or cancellation fee once, at the VAT of the room it stands for, and settles it against the guarantee card when the
     * booking has one; without a card it stays open on the folio. Nothing for a fee of zero.
     */
    public void chargeFee(Reservation reservation, String articleCode, Money fee, java.math.BigDecimal vatPercent,
                          Stamp stamp) {
        if (!fee.isPositive()) {
            return;
        }
        Folio folio = of(reservation);
        Article article = articles.get(articleCode);
        if (folio.postFee(article, article.name() + " · " + reservation.confirmationNumber().value(), fee,
                vatPercent, stamp) != null
                && reservation.guaranteeCardLast4() != null && folio.balance().isPositive()) {
            Money due = folio.balance();
            folio.recordPayment(PaymentMethod.CARD, fee.isGreaterThan(due) ? due : fee,
                    reservation.guaranteeCardLast4(), stamp);
        }
    }
}
