package io.voxcampaigns.events.serde;

import org.apache.avro.specific.SpecificData;

/**
 * Avro data models bound to a generated class's own class loader: under Quarkus (tests, dev mode) avro.jar and this
 * module sit in different class loaders, and Avro's default lookup through the thread context loader would load a
 * record class twice (ClassCastException on Kafka consumer threads).
 */
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
