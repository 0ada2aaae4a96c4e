package io.voxcampaigns.campaign.domain;

import java.util.regex.Pattern;

/**
 * Korean domestic telephone numbers as the API accepts them: digits only, no hyphens, no +82. Mobile
 * 01[016789] + 7-8 digits; area codes 02 and 0[3-6][1-5] + 7-8 digits; 070 + 8; 050x + 7-8; 080 + 7-8;
 * 8-digit representative numbers 1[5-9]xx + 4.
 */
public final class DomesticNumbers {

    /** The whole rule as a regular expression, also the OpenAPI pattern of every phone-number field. */
    public static final String PATTERN =
            "^(01[016789]\\d{7,8}|02\\d{7,8}|0[3-6][1-5]\\d{7,8}|070\\d{8}|050\\d{8,9}|080\\d{7,8}|1[5-9]\\d{6})$";

    private static final Pattern DOMESTIC = Pattern.compile(PATTERN);
    private static final String KOREA = "+82";
    private static final String FORMAT = "send Korean domestic digits only, e.g. 01012345678 or 0212345678";

    private DomesticNumbers() {
    }

    /** Null when the number is valid, else the reason it is not, telling which format to send. */
    public static String problem(String number) {
        if (number == null || number.isBlank()) {
            return "is required; " + FORMAT;
        }
        if (number.startsWith("+82") || number.startsWith("82") && number.length() > 11) {
            return "must not carry the +82 country code; " + FORMAT;
        }
        if (number.indexOf('-') >= 0 || number.indexOf(' ') >= 0) {
            return "must not contain hyphens or spaces; " + FORMAT;
        }
        if (!DOMESTIC.matcher(number).matches()) {
            return "is not a valid Korean telephone number; " + FORMAT;
        }
        return null;
    }

    /**
     * The number in E.164 (what {@link #fromE164} reads back): +82 and the digits without the trunk prefix 0 (a representative
     * number, which has none, keeps all its digits). Call with a valid number.
     */
    public static String toE164(String number) {
        return KOREA + (number.startsWith("0") ? number.substring(1) : number);
    }

    /**
     * The domestic form of a number an event carries: E.164 with +82, or already domestic digits; null when it is
     * neither a valid Korean number in E.164 nor in domestic form.
     */
    public static String fromE164(String number) {
        if (number == null) {
            return null;
        }
        String domestic = number;
        if (number.startsWith(KOREA)) {
            String national = number.substring(KOREA.length());
            domestic = national.startsWith("1") && national.length() == 8 ? national : "0" + national;
        }
        return problem(domestic) == null ? domestic : null;
    }
}
