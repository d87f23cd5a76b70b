package org.uglymugs.staff.page;

import java.util.function.IntFunction;
import org.uglymugs.common.web.Page;

/** Where a list page is (1-based, for people) and the links to the pages either side, null at the ends. */
public record Pager(int number, int pages, long total, String previous, String next) {

    static Pager of(Page<?> page, IntFunction<String> href) {
        return new Pager(
                page.page() + 1,
                page.pages(),
                page.total(),
                page.hasPrevious() ? href.apply(page.page() - 1) : null,
                page.hasNext() ? href.apply(page.page() + 1) : null);
    }
}
