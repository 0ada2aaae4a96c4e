package io.voxcampaigns.events.serde;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/** Kafka deserializer of any catalogued event; bad bytes throw EventDecodingException (dead-letter them). */
public class VoxEventDeserializer implements Deserializer<SpecificRecord> {

    public VoxEventDeserializer() {
    }

    @Override
    public SpecificRecord deserialize(String topic, byte[] data) {
        return data == null ? null : EventCodec.decode(data);
    }
}
