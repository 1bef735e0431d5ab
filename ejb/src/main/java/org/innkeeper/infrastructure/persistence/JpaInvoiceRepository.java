package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.innkeeper.domain.invoice.Invoice;
import org.innkeeper.domain.invoice.InvoiceDocument;
import org.innkeeper.domain.invoice.InvoiceRepository;
import org.innkeeper.domain.invoice.InvoiceSeries;

@ApplicationScoped
public class JpaInvoiceRepository implements InvoiceRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public long nextNumber(InvoiceSeries series) {
        // The UPDATE locks the series' row until the transaction ends: the next issuer waits, then
        // counts on from the committed value; a rollback takes the increment back with it.
        int rows = em.createNativeQuery("update invoice_counter set next_number = next_number + 1 where series = ?1")
                .setParameter(1, series.name()).executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("no counter for the series " + series);
        }
        Number next = (Number) em.createNativeQuery("select next_number from invoice_counter where series = ?1")
                .setParameter(1, series.name()).getSingleResult();
        return next.longValue() - 1;
    }

    @Override
    public void store(Invoice invoice) {
        em.persist(invoice);
    }

    @Override
    public void store(InvoiceDocument document) {
        em.persist(document);
    }

    @Override
    public Optional<Invoice> find(long id) {
        return Optional.ofNullable(em.find(Invoice.class, id));
    }

    @Override
    public Optional<Invoice> findForUpdate(long id) {
        return em.createQuery("select i from Invoice i where i.id = :id", Invoice.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<InvoiceDocument> document(long invoiceId) {
        return Optional.ofNullable(em.find(InvoiceDocument.class, invoiceId));
    }

    @Override
    public List<Invoice> ofReservation(long reservationId) {
        return em.createQuery("select i from Invoice i where i.reservationId = :r order by i.issuedAt, i.id",
                Invoice.class).setParameter("r", reservationId).getResultList();
    }

    @Override
    public Set<Long> invoicedPostings(long folioId) {
        return new HashSet<>(em.createQuery("select l.postingId from Invoice i join i.lines l where i.folioId = :f"
                        + " and i.series = :invoice and i.cancelledById is null", Long.class)
                .setParameter("f", folioId).setParameter("invoice", InvoiceSeries.INVOICE).getResultList());
    }
}
