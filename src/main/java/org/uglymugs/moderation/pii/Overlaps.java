package org.uglymugs.moderation.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns one field's hits into flags: drops what published text shields (never the reporter's own
 * contact), then reports overlapping hits once, over their joint span, as the most specific kind.
 * The joint span makes sure a moderator sees all of it, e.g. a phone number inside a URL.
 */
final class Overlaps {

    private static final List<PiiKind> MOST_SPECIFIC_FIRST =
            List.of(PiiKind.REPORTER_CONTACT, PiiKind.EMAIL, PiiKind.PHONE, PiiKind.URL, PiiKind.ADDRESS);

    private Overlaps() {}

    static List<PiiFlag> resolve(String field, String text, List<Hit> hits) {
        List<Hit> allowed = hits.stream().filter(Hit::isAllowed).toList();
        List<Hit> open = hits.stream()
                .filter(h -> !h.isAllowed())
                .filter(h ->
                        h.kind() == PiiKind.REPORTER_CONTACT || allowed.stream().noneMatch(a -> a.contains(h)))
                .sorted(Comparator.comparingInt(Hit::start).thenComparing(Hit::end, Comparator.reverseOrder()))
                .toList();
        List<PiiFlag> flags = new ArrayList<>();
        Hit current = null;
        for (Hit h : open) {
            if (current != null && h.start() < current.end()) {
                current = new Hit(
                        current.start(), Math.max(current.end(), h.end()), moreSpecific(current.kind(), h.kind()));
            } else {
                add(flags, field, text, current);
                current = h;
            }
        }
        add(flags, field, text, current);
        return flags;
    }

    private static PiiKind moreSpecific(PiiKind a, PiiKind b) {
        return MOST_SPECIFIC_FIRST.indexOf(a) <= MOST_SPECIFIC_FIRST.indexOf(b) ? a : b;
    }

    private static void add(List<PiiFlag> flags, String field, String text, Hit hit) {
        if (hit != null) {
            flags.add(new PiiFlag(field, hit.kind(), text.substring(hit.start(), hit.end())));
        }
    }
}
