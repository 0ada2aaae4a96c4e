package io.voxcampaigns.platform.schedule;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
    /** Collecting debts: 08:00-21:00 Korean time. */
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

    /** The hours the law leaves calls of this purpose; empty when only the campaign's windows decide. */
    public Optional<LegalHours> legalHours() {
        return this == GENERAL ? Optional.empty() : Optional.of(LegalHours.KOREA);
    }
}
