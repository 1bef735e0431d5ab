package org.innkeeper.web.history;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.innkeeper.application.GuestDataService;
import org.innkeeper.application.dto.GuestErasureView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A guest's data on request, on their profile (managers): the export as a JSON file, and the erasure. */
@Named
@RequestScoped
public class GuestDataBean {

    /** Thread-safe, made once: JSON-B's own pretty printing. */
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    @EJB
    private GuestDataService guestData;
    @Inject
    private FacesMessages messages;

    public StreamedContent export(long guestId) {
        byte[] json = JSON.toJson(guestData.export(guestId)).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("guest-" + guestId + ".json").contentType("application/json")
                .stream(() -> new ByteArrayInputStream(json)).build();
    }

    /** Erases and shows the (now anonymous) profile again; stays on the page with the reason when refused. */
    public String erase(long guestId) {
        try {
            GuestErasureView erased = guestData.erase(guestId);
            messages.info("guestData.erased", erased.reservations());
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/guests/profile?faces-redirect=true&id=" + guestId;
        } catch (DomainException refused) {
            messages.error(refused);
            return null;
        }
    }
}
