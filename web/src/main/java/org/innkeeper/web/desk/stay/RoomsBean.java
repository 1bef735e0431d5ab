package org.innkeeper.web.desk.stay;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.StayService;
import org.innkeeper.application.dto.HousekeepingChange;
import org.innkeeper.application.dto.RoomBlockRequest;
import org.innkeeper.application.dto.RoomBlockView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.BusinessDay;
import org.innkeeper.web.faces.FacesMessages;
import org.innkeeper.web.faces.Labels;

/**
 * Every room with its occupancy and housekeeping status; rooms taken out of order (out of inventory)
 * or out of service (still sellable) and brought back; rooms where housekeeping found other than the
 * desk thinks.
 */
@Named
@ViewScoped
public class RoomsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StayService stay;
    @Inject
    private FacesMessages messages;
    @Inject
    private StayRefusals refusals;
    @Inject
    private Labels labels;
    @Inject
    private HousekeepingReports reports;
    @Inject
    private BusinessDay businessDay;

    private List<RoomView> rooms;
    private List<RoomBlockView> blocks;
    private List<RoomView> discrepancies;

    private String blockRoom;
    private String blockKind = "OUT_OF_ORDER";
    private LocalDate blockFrom;
    private LocalDate blockTo;
    @Size(max = 200)
    private String blockReason;
    private String returnStatus = "DIRTY";

    @PostConstruct
    void init() {
        blockFrom = businessDay.getDate();
        blockTo = blockFrom.plusDays(1);
        reload();
    }

    private void reload() {
        rooms = stay.rooms();
        blocks = stay.blocks(businessDay.getDate()).stream().filter(RoomBlockView::active).toList();
        discrepancies = rooms.stream().filter(RoomView::discrepancy).toList();
    }

    public void changeHousekeeping(String number, String status) {
        reports.report(number, new HousekeepingChange(status));
        reload();
    }

    public void block() {
        try {
            RoomBlockView block = stay.blockRoom(blockRoom, new RoomBlockRequest(blockKind, blockFrom, blockTo,
                    blockReason == null ? null : blockReason.strip(), returnStatus));
            messages.info("stay.blocked", block.roomNumber(), labels.of("housekeeping", block.kind()), block.from(), block.to());
            blockReason = null;
            reload();
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
    }

    public void endBlock(RoomBlockView block) {
        try {
            RoomBlockView ended = stay.endBlock(block.id());
            messages.info("stay.blockEnded", ended.roomNumber(), labels.of("housekeeping", ended.returnStatus()));
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
        reload();
    }

    public List<RoomView> getRooms() {
        return rooms;
    }

    public List<RoomBlockView> getBlocks() {
        return blocks;
    }

    public List<RoomView> getDiscrepancies() {
        return discrepancies;
    }

    public String getBlockRoom() {
        return blockRoom;
    }

    public void setBlockRoom(String blockRoom) {
        this.blockRoom = blockRoom;
    }

    public String getBlockKind() {
        return blockKind;
    }

    public void setBlockKind(String blockKind) {
        this.blockKind = blockKind;
    }

    public LocalDate getBlockFrom() {
        return blockFrom;
    }

    public void setBlockFrom(LocalDate blockFrom) {
        this.blockFrom = blockFrom;
    }

    public LocalDate getBlockTo() {
        return blockTo;
    }

    public void setBlockTo(LocalDate blockTo) {
        this.blockTo = blockTo;
    }

    public String getBlockReason() {
        return blockReason;
    }

    public void setBlockReason(String blockReason) {
        this.blockReason = blockReason;
    }

    public String getReturnStatus() {
        return returnStatus;
    }

    public void setReturnStatus(String returnStatus) {
        this.returnStatus = returnStatus;
    }
}
