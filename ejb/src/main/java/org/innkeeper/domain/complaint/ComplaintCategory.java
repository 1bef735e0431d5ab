package org.innkeeper.domain.complaint;

/** What a complaint is about; each category has its standard resolution and target time. */
public enum ComplaintCategory {
    ROOM, CLEANLINESS, NOISE, FOOD_AND_BEVERAGE, STAFF, BILLING, MAINTENANCE, OTHER;

    public static ComplaintCategory parse(String text) {
        return Enums.parse(ComplaintCategory.class, "category", text);
    }
}
