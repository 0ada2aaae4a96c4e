package io.voxcampaigns.platform.schedule;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.voxcampaigns.platform.error.ValidationErrors;

/**
 * What a campaign's calls are for (its {@code purpose}); some purposes may call only inside {@link LegalHours}.
 */
public enum CallPurpose {
    /** Anything the law does not restrict further: the campaign's windows alone decide. */
    GENERAL,
    /** Advertising (영리목적의 광고성 정보): 08:00-21:00 Korean time. */
    ADVERTISING,
    /** Selling financial products: 08:00-21:00 Korean time. */
    FINANCIAL_SALES,
    /** Collecting debts: 08:00-21:00 Korean time, and at most 7 attempts to one number in 7 days. */
    DEBT_COLLECTION;

    /** The API's name, e.g. {@code debt_collection}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every API name, in declaration order. */
    public static List<String> apiValues() {
        return Arrays.stream(values()).map(CallPurpose::value).toList();
    }

    /** The purpose of an API name; empty for any other spelling. */
    public static Optional<CallPurpose> parse(String value) {
        return Arrays.stream(values()).filter(purpose -> purpose.value().equals(value)).findFirst();
    }

    /**
     * Adds a problem under {@code path} when {@code window} has no minute left inside this purpose's legal hours
     * from {@code now} on, for a purpose that allows no exception (financial_sales, debt_collection): such a campaign
     * would never call. Advertising may still call its night-consent tasks then, and general has no legal hours.
     */
    public void checkWindow(CallingHours window, Instant now, String path, ValidationErrors errors) {
        if (this == GENERAL || this == ADVERTISING) {
            return;
        }
        if (window.forPurpose(this).nextOpening(now).isEmpty()) {
            errors.add(path, "has no minute inside the hours a campaign of purpose " + value() + " may call ("
                    + legalHours().orElseThrow().describe() + "), so it would never call");
        }
    }

    /** How often the law lets one number be called for this purpose; empty: no limit of its own. */
    public Optional<ContactCap> contactCap() {
        return this == DEBT_COLLECTION ? Optional.of(ContactCap.DEBT_COLLECTION) : Optional.empty();
    }

    /** The hours the law leaves calls of this purpose; empty when only the campaign's windows decide. */
    public Optional<LegalHours> legalHours() {
        return this == GENERAL ? Optional.empty() : Optional.of(LegalHours.KOREA);
    }
}
