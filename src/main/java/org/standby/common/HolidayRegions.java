package org.standby.common;

/**
 * Which holiday region codes exist, for features that store a region without needing its holidays (teams). The
 * calendar feature implements it; the interface lives here so that the team feature does not depend on it.
 */
public interface HolidayRegions {

    /** The canonical upper-case code of a supported region; an {@link InvalidFieldException} on the field else. */
    String canonical(String field, String region);

    /** Refuses an unsupported region with an {@link InvalidFieldException} naming the field and supported codes. */
    void requireSupported(String field, String region);

    boolean isSupported(String region);
}
