package org.uglymugs.common.web;

import java.util.function.IntFunction;

/** Where a list page is (1-based, for people) and the links to the pages either side, null at the ends. */
public record Pager(int number, int pages, long total, String previous, String next) {

    public static Pager of(Page<?> page, IntFunction<String> href) {
        return new Pager(
                page.page() + 1,
                page.pages(),
                page.total(),
                page.hasPrevious() ? href.apply(page.page() - 1) : null,
                page.hasNext() ? href.apply(page.page() + 1) : null);
    }
}
