package io.voxcampaigns.events.serde;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka serializer writing any catalogued event as Avro single-object encoding (see EventCodec). */
public class VoxEventSerializer implements Serializer<SpecificRecord> {

    public VoxEventSerializer() {
    }

    @Override
    public byte[] serialize(String topic, SpecificRecord data) {
        return data == null ? null : EventCodec.encode(data);
    }
}
