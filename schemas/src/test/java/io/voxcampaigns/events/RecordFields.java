package io.voxcampaigns.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/** Walks a record's fields recursively: asserts it is fully populated, or copies it with every optional field unset. */
public final class RecordFields {

    private RecordFields() {
    }

    /** Asserts no field is null, no array or map is empty and no enum holds its fallback default symbol. */
    public static void assertFullyPopulated(SpecificRecord record) {
        assertPopulated(record.getSchema(), record, record.getSchema().getName());
    }

    /** A deep copy with every nullable field, at any depth, set to null. */
    public static <T extends SpecificRecord> T withOptionalsUnset(T record) {
        T copy = SpecificData.getForClass(record.getClass()).deepCopy(record.getSchema(), record);
        unsetOptionals(copy.getSchema(), copy);
        return copy;
    }

    /** Whether the record has a nullable field at any depth. */
    public static boolean hasOptionals(Schema schema) {
        return switch (schema.getType()) {
            case RECORD -> schema.getFields().stream()
                    .anyMatch(field -> isNullable(field.schema()) || hasOptionals(field.schema()));
            case ARRAY -> hasOptionals(schema.getElementType());
            case MAP -> hasOptionals(schema.getValueType());
            default -> false;
        };
    }

    private static void assertPopulated(Schema schema, Object value, String path) {
        assertThat(value).as(path).isNotNull();
        switch (schema.getType()) {
            case RECORD -> {
                IndexedRecord record = (IndexedRecord) value;
                for (Schema.Field field : schema.getFields()) {
                    assertPopulated(field.schema(), record.get(field.pos()), path + "." + field.name());
                }
            }
            case UNION -> assertPopulated(nonNullBranch(schema), value, path);
            case ARRAY -> {
                assertThat((Collection<?>) value).as(path).isNotEmpty();
                ((Collection<?>) value).forEach(item -> assertPopulated(schema.getElementType(), item, path + "[]"));
            }
            case MAP -> {
                assertThat((Map<?, ?>) value).as(path).isNotEmpty();
                ((Map<?, ?>) value).values().forEach(item -> assertPopulated(schema.getValueType(), item, path + "{}"));
            }
            case ENUM -> assertThat(value.toString()).as(path).isNotEqualTo(schema.getEnumDefault());
            default -> {
            }
        }
    }

    private static void unsetOptionals(Schema schema, Object value) {
        switch (schema.getType()) {
            case RECORD -> {
                IndexedRecord record = (IndexedRecord) value;
                for (Schema.Field field : schema.getFields()) {
                    if (isNullable(field.schema())) {
                        record.put(field.pos(), null);
                    } else {
                        unsetOptionals(field.schema(), record.get(field.pos()));
                    }
                }
            }
            case ARRAY -> ((Collection<?>) value).forEach(item -> unsetOptionals(schema.getElementType(), item));
            case MAP -> ((Map<?, ?>) value).values().forEach(item -> unsetOptionals(schema.getValueType(), item));
            default -> {
            }
        }
    }

    private static boolean isNullable(Schema schema) {
        return schema.getType() == Schema.Type.UNION && schema.isNullable();
    }

    private static Schema nonNullBranch(Schema union) {
        return union.getTypes().stream().filter(type -> type.getType() != Schema.Type.NULL).findFirst().orElseThrow();
    }
}
