package io.voxcampaigns.platform.json;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Strict request JSON (found by the request fuzzer, issue #6): text after the body, a NUL character in a string
 * (PostgreSQL cannot store it) and a null element in a list are 400s naming the field instead of being accepted
 * or failing later with a 500. A number or a boolean where text is declared ({@code "name": 123}) is a 400 too
 * (found by the contract tester, issue #18): Jackson would read it as its string form, which the OpenAPI documents
 * do not allow. Fields that take scalars of several types read a {@code JsonNode} and convert it themselves (task
 * {@code dynamic_variables}).
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.registerModule(new SimpleModule("vox-strict-strings").addDeserializer(String.class, new NoNulStrings()));
        MutableCoercionConfig text = mapper.coercionConfigFor(LogicalType.Textual);
        for (CoercionInputShape scalar : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            text.setCoercion(scalar, CoercionAction.Fail);
        }
    }

    /** The standard string deserializer, refusing U+0000. */
    static final class NoNulStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw context.weirdStringException(value.replace('\u0000', '?'), String.class,
                        "must not contain the NUL character (U+0000)");
            }
            return value;
        }
    }
}
