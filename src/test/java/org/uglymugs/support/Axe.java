package org.uglymugs.support;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * axe-core (npm, installed by deploy/axe.sh into src/test/axe) run inside a page of a browser test.
 * The pages' CSP forbids every script, so the axe context bypasses CSP; the pages themselves have none.
 */
public final class Axe {

    public static final Path SCRIPT = Path.of("src/test/axe/node_modules/axe-core/axe.min.js");

    /** One rule broken on a page: its id, impact and how many nodes, with the first few selectors. */
    public record Violation(String rule, String impact, int nodes, String targets) {

        public boolean blocking() {
            return "serious".equals(impact) || "critical".equals(impact);
        }
    }

    private static String source;

    private Axe() {}

    private static synchronized String source() {
        if (source == null) {
            if (!Files.exists(SCRIPT)) {
                throw new IllegalStateException("axe-core is missing: run deploy/axe.sh (deploy/test.sh does)");
            }
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** The WCAG 2.2 A/AA and best-practice violations on the page as it is now. */
    @SuppressWarnings("unchecked")
    public static List<Violation> check(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(source()));
        Object result = page.evaluate("""
                async () => {
                  const r = await axe.run(document, { runOnly: { type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
                  return r.violations.map(v => ({ rule: v.id, impact: v.impact || 'minor', nodes: v.nodes.length,
                    targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') }));
                }""");
        return ((List<Map<String, Object>>) result)
                .stream()
                        .map(v -> new Violation(
                                (String) v.get("rule"),
                                (String) v.get("impact"),
                                ((Number) v.get("nodes")).intValue(),
                                (String) v.get("targets")))
                        .toList();
    }
}
