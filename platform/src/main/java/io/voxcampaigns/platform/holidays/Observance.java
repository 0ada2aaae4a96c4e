package io.voxcampaigns.platform.holidays;

/**
 * The statutory Korean public holidays other than Sundays and elections (관공서의 공휴일에 관한 규정, article 2), each with
 * the substitute-holiday rule of article 3 that applies to it.
 */
public enum Observance {

    NEW_YEARS_DAY("New Year's Day", SubstituteRule.NONE),
    SEOLLAL("Seollal", SubstituteRule.SUNDAY_OR_OVERLAP),
    INDEPENDENCE_MOVEMENT_DAY("Independence Movement Day", SubstituteRule.WEEKEND_OR_OVERLAP),
    CHILDRENS_DAY("Children's Day", SubstituteRule.WEEKEND_OR_OVERLAP),
    BUDDHAS_BIRTHDAY("Buddha's Birthday", SubstituteRule.WEEKEND_OR_OVERLAP),
    MEMORIAL_DAY("Memorial Day", SubstituteRule.NONE),
    LIBERATION_DAY("Liberation Day", SubstituteRule.WEEKEND_OR_OVERLAP),
    CHUSEOK("Chuseok", SubstituteRule.SUNDAY_OR_OVERLAP),
    NATIONAL_FOUNDATION_DAY("National Foundation Day", SubstituteRule.WEEKEND_OR_OVERLAP),
    HANGUL_DAY("Hangul Day", SubstituteRule.WEEKEND_OR_OVERLAP),
    CHRISTMAS_DAY("Christmas Day", SubstituteRule.WEEKEND_OR_OVERLAP);

    /** When a holiday lost to a weekend day or to another holiday is made up by a substitute holiday (대체공휴일). */
    public enum SubstituteRule {
        /** Never (New Year's Day, Memorial Day; also elections and one-off holidays). */
        NONE,
        /** When one of its days is a Sunday or another public holiday (Seollal and Chuseok: a Saturday is not lost). */
        SUNDAY_OR_OVERLAP,
        /** When it is a Saturday, a Sunday or another public holiday. */
        WEEKEND_OR_OVERLAP
    }

    private final String displayName;
    private final SubstituteRule substituteRule;

    Observance(String displayName, SubstituteRule substituteRule) {
        this.displayName = displayName;
        this.substituteRule = substituteRule;
    }

    /** The English name used in {@link PublicHoliday#names()}. */
    public String displayName() {
        return displayName;
    }

    public SubstituteRule substituteRule() {
        return substituteRule;
    }
}
