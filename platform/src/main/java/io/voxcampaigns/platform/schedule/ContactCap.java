package io.voxcampaigns.platform.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code maxContacts} call attempts to one number within any {@code period}, counted over an organisation's
 * campaigns of one purpose: the law's limit on contacting a debtor (채권추심법 시행령 article 2: 7 times in 7 days).
 *
 * @param maxContacts the attempts allowed in a period, at least 1
 * @param period      the rolling period
 */
public record ContactCap(int maxContacts, Duration period) {

    /** Debt collection in Korea: 7 contacts per 7 days. */
    public static final ContactCap DEBT_COLLECTION = new ContactCap(7, Duration.ofDays(7));

    public ContactCap {
        Objects.requireNonNull(period, "period");
        if (maxContacts < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("need at least 1 contact in a positive period, got " + maxContacts
                    + " in " + period);
        }
    }
}
