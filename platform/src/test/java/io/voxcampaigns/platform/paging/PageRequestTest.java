package io.voxcampaigns.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ValidationErrors;

class PageRequestTest {

    private static PageRequest parse(String limit, String cursor, String order, ValidationErrors errors) {
        return PageRequest.parse(limit, cursor, order, errors);
    }

    @Test
    void defaultsAreFiftyNewestFirst() {
        ValidationErrors errors = new ValidationErrors();
        PageRequest request = parse(null, null, null, errors);
        assertThat(errors.isEmpty()).isTrue();
        assertThat(request.limit()).isEqualTo(50);
        assertThat(request.order()).isEqualTo(SortOrder.DESC);
        assertThat(request.after()).isNull();
    }

    @Test
    void limitOutsideOneToHundredIsAnError() {
        for (String bad : List.of("0", "101", "-1", "ten", "1.5")) {
            ValidationErrors errors = new ValidationErrors();
            parse(bad, null, null, errors);
            assertThat(errors.size()).as(bad).isEqualTo(1);
        }
    }

    @Test
    void boundaryLimitsAreAccepted() {
        for (String ok : List.of("1", "100")) {
            ValidationErrors errors = new ValidationErrors();
            assertThat(parse(ok, null, null, errors).limit()).isEqualTo(Integer.parseInt(ok));
            assertThat(errors.isEmpty()).isTrue();
        }
    }

    @Test
    void sortOrderMustBeAscOrDesc() {
        ValidationErrors errors = new ValidationErrors();
        assertThat(parse(null, null, "asc", errors).order()).isEqualTo(SortOrder.ASC);
        parse(null, null, "ASC", errors);
        assertThat(errors.size()).isEqualTo(1);
        assertThatThrownBy(errors::throwIfAny).isInstanceOf(ApiException.class).hasMessageContaining("sort_order");
    }

    @Test
    void cursorRoundTripsAndForeignTextIsRefused() {
        Cursor cursor = new Cursor(1_700_000_000_123L, UUID.randomUUID());
        ValidationErrors errors = new ValidationErrors();
        assertThat(parse(null, cursor.encode(), null, errors).after()).isEqualTo(cursor);
        assertThat(errors.isEmpty()).isTrue();
        for (String bad : List.of("abc", "@@@", cursor.encode() + "x", "MTIz")) {
            ValidationErrors more = new ValidationErrors();
            parse(null, bad, null, more);
            assertThat(more.size()).as(bad).isEqualTo(1);
        }
    }

    @Test
    void pageShowsLimitRowsAndACursorOnlyWhenMoreExist() {
        PageRequest request = new PageRequest(2, null, SortOrder.DESC);
        record Row(long at, UUID id) { }
        List<Row> three = List.of(new Row(3, UUID.randomUUID()), new Row(2, UUID.randomUUID()), new Row(1, UUID.randomUUID()));

        Page<Long> first = request.page(three, 3, Row::at, Row::at, Row::id);
        assertThat(first.items()).containsExactly(3L, 2L);
        assertThat(first.totalCount()).isEqualTo(3);
        assertThat(Cursor.decode(first.nextCursor())).isEqualTo(new Cursor(2, three.get(1).id()));

        Page<Long> last = request.page(three.subList(2, 3), 3, Row::at, Row::at, Row::id);
        assertThat(last.items()).containsExactly(1L);
        assertThat(last.nextCursor()).isNull();
    }
}
