package org.innkeeper.domain.complaint;

/** Where a complaint came from: every channel is welcome (a low survey score opens one by itself). */
public enum ComplaintSource {
    DESK, PHONE, EMAIL, API, GUEST_PAGE, SURVEY;

    public static ComplaintSource parse(String text) {
        return Enums.parse(ComplaintSource.class, "source", text);
    }
}
