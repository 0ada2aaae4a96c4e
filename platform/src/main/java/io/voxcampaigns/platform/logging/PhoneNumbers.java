package io.voxcampaigns.platform.logging;

/**
 * The one rule for phone numbers in logs and failure messages that reach logs (dead-letter reasons, warnings):
 * only the last four digits are shown, enough to tell calls apart in an incident, never to call someone.
 */
public final class PhoneNumbers {

    private static final int SHOWN = 4;

    private PhoneNumbers() {
    }

    /** {@code +821012345678} becomes {@code ***5678}; short or missing values are hidden entirely. */
    public static String mask(String number) {
        if (number == null) {
            return "null";
        }
        String digits = number.replaceAll("[^0-9]", "");
        if (digits.length() <= SHOWN) {
            return "***";
        }
        return "***" + digits.substring(digits.length() - SHOWN);
    }
}
