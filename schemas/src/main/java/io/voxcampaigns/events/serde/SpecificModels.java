package io.voxcampaigns.events.serde;

import org.apache.avro.specific.SpecificData;

/** Avro data models bound to a generated class's own class loader (LOCAL-INFRA.md section 4). */
final class SpecificModels {

    private SpecificModels() {
    }

    /**
     * A model that loads generated classes through {@code type}'s class loader, never the thread context
     * loader (a Kafka consumer thread in Quarkus has the system loader), with the logical-type conversions
     * (timestamp-millis, ...) of the class's own model.
     */
    static SpecificData forClass(Class<?> type) {
        SpecificData model = new SpecificData(type.getClassLoader());
        SpecificData.getForClass(type).getConversions().forEach(model::addLogicalTypeConversion);
        return model;
    }
}
