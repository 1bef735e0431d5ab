package org.innkeeper.web.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.innkeeper.application.SetupService;
import org.innkeeper.application.dto.RoomForm;
import org.innkeeper.application.dto.RoomTypeForm;
import org.innkeeper.application.dto.RoomTypeView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** Room types (create, change) and the rooms of each (add one). */
@Named
@ViewScoped
public class RoomTypesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SetupService setup;
    @Inject
    private FacesMessages messages;
    @Inject
    private SetupRefusals refusals;

    private List<RoomTypeView> roomTypes;

    /** The code of the type being changed; null while a new one is entered. */
    private String editing;
    @Size(max = 10)
    private String code;
    @Size(max = 80)
    private String name;
    private Integer maxOccupancy = 2;
    private Integer standardOccupancy = 2;
    private Integer overbookingLimit = 0;

    @Size(max = 10)
    private String roomNumber;
    private Integer floor = 1;
    private String roomType;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        roomTypes = setup.roomTypes();
    }

    public void edit(RoomTypeView type) {
        editing = type.code();
        code = type.code();
        name = type.name();
        maxOccupancy = type.maxOccupancy();
        standardOccupancy = type.standardOccupancy();
        overbookingLimit = type.overbookingLimit();
    }

    public void newType() {
        editing = null;
        code = name = null;
        maxOccupancy = standardOccupancy = 2;
        overbookingLimit = 0;
    }

    public void save() {
        try {
            RoomTypeView saved = setup.saveRoomType(new RoomTypeForm(editing != null ? editing : code, name,
                    maxOccupancy, standardOccupancy, overbookingLimit));
            messages.info("setup.roomType.saved", saved.code());
            load();
            edit(saved);
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
    }

    public void addRoom() {
        try {
            RoomView room = setup.addRoom(new RoomForm(roomNumber, floor, roomType));
            messages.info("setup.room.added", room.number(), room.roomType());
            roomNumber = null;
            load();
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
    }

    public List<RoomTypeView> getRoomTypes() {
        return roomTypes;
    }

    public String getEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getMaxOccupancy() {
        return maxOccupancy;
    }

    public void setMaxOccupancy(Integer maxOccupancy) {
        this.maxOccupancy = maxOccupancy;
    }

    public Integer getStandardOccupancy() {
        return standardOccupancy;
    }

    public void setStandardOccupancy(Integer standardOccupancy) {
        this.standardOccupancy = standardOccupancy;
    }

    public Integer getOverbookingLimit() {
        return overbookingLimit;
    }

    public void setOverbookingLimit(Integer overbookingLimit) {
        this.overbookingLimit = overbookingLimit;
    }

    public String getRoomNumber() {
        return roomNumber;
    }

    public void setRoomNumber(String roomNumber) {
        this.roomNumber = roomNumber;
    }

    public Integer getFloor() {
        return floor;
    }

    public void setFloor(Integer floor) {
        this.floor = floor;
    }

    public String getRoomType() {
        return roomType;
    }

    public void setRoomType(String roomType) {
        this.roomType = roomType;
    }
}
