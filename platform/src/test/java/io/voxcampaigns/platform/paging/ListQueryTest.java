package io.voxcampaigns.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.FieldError;

class ListQueryTest {

    enum Colour {
        RED, GREEN;

        static Colour fromValue(String value) {
            for (Colour colour : values()) {
                if (colour.name().toLowerCase().equals(value)) {
                    return colour;
                }
            }
            return null;
        }
    }

    private static final List<String> COLOURS = List.of("red", "green");

    @Test
    void readsPagingAndFilters() {
        UUID id = UUID.randomUUID();
        ListQuery query = ListQuery.of(uri(Map.of("limit", List.of("10"), "colour", List.of("red", "green"),
                "owner", List.of(id.toString()), "q", List.of(""))), "colour", "owner", "q");

        assertThat(query.enums("colour", Colour::fromValue, COLOURS)).containsExactly(Colour.RED, Colour.GREEN);
        assertThat(query.ids("owner", "an owner")).containsExactly(id);
        assertThat(query.text("q")).as("an empty value is no filter").isNull();
        assertThat(query.oneEnum("absent", Colour::fromValue, COLOURS)).isNull();
        assertThat(query.validated().limit()).isEqualTo(10);
    }

    @Test
    void everyInvalidValueIsNamedInOneError() {
        ListQuery query = ListQuery.of(uri(Map.of("limit", List.of("0"), "colour", List.of("red", "blue"),
                "owner", List.of("nope"))), "colour", "owner");
        query.enums("colour", Colour::fromValue, COLOURS);
        query.ids("owner", "an owner");

        assertThatThrownBy(query::validated).isInstanceOfSatisfying(ApiException.class, e ->
                assertThat(fields(e)).containsExactlyInAnyOrder("limit", "colour", "owner"));
    }

    @Test
    void anInvalidSingleEnumNamesTheAllowedValues() {
        ListQuery query = ListQuery.of(uri(Map.of("colour", List.of("blue"))), "colour");

        assertThat(query.oneEnum("colour", Colour::fromValue, COLOURS)).isNull();
        assertThatThrownBy(query::validated).isInstanceOf(ApiException.class)
                .hasMessageContaining("colour").hasMessageContaining("must be one of red, green, got 'blue'");
    }

    @Test
    void anUnknownParameterIsRefusedAtOnce() {
        assertThatThrownBy(() -> ListQuery.of(uri(Map.of("colour", List.of("red"))), "owner"))
                .isInstanceOf(ApiException.class).hasMessageContaining("colour");
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ApiException e) {
        List<FieldError> errors = (List<FieldError>) e.details().get("errors");
        return errors.stream().map(FieldError::field).toList();
    }

    private static UriInfo uri(Map<String, List<String>> parameters) {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        parameters.forEach(query::addAll);
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getQueryParameters")) {
                        return query;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
