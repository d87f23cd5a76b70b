package org.uglymugs.common.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Axe;
import org.uglymugs.support.BrowserTest;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;

/**
 * axe-core against every public and staff page, in English and Dutch, at phone (390 px) and laptop
 * (1280 px) width. Every page has no violation at any impact now (the last, heading-order on the staff
 * alert page, is fixed), so any violation fails the build, moderate and minor ones too; the counts by
 * impact are printed.
 */
@QuarkusTest
class AccessibilityBrowserTest extends BrowserTest {

    private static final Logger LOG = Logger.getLogger(AccessibilityBrowserTest.class);

    private static final int[] WIDTHS = {390, 1280};
    private static final String[] LANGS = {"en", "nl"};

    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final List<String> blocking = new ArrayList<>();
    private final Map<String, Integer> rules = new java.util.TreeMap<>();

    @Test
    void everyPageInBothLanguagesAtPhoneAndLaptopWidth() {
        Desk.Filed filed = Desk.file(Fixtures.report());
        String alertId = publishedAlert();
        Map<String, BiConsumer<Page, String>> reporter = new LinkedHashMap<>();
        reporter.put("/report", (p, l) -> p.navigate(root + "report?lang=" + l));
        reporter.put("/report with errors", (p, l) -> {
            p.navigate(root + "report?lang=" + l);
            p.locator("form[action='/report'] button[type=submit]").last().click();
        });
        reporter.put("/my-report", (p, l) -> p.navigate(root + "my-report?lang=" + l));
        reporter.put("/my-report wrong key", (p, l) -> {
            p.navigate(root + "my-report?lang=" + l);
            p.locator("#receipt").fill("AAAA-BBBB");
            p.locator("form[action='/my-report'] button[type=submit]").click();
        });
        reporter.put("/my-report status", (p, l) -> {
            p.navigate(root + "my-report?lang=" + l);
            p.locator("#receipt").fill(filed.receipt());
            p.locator("form[action='/my-report'] button[type=submit]").click();
        });
        reporter.put("/subscribe", (p, l) -> p.navigate(root + "subscribe?lang=" + l));
        reporter.put("/unsubscribe", (p, l) -> p.navigate(root + "unsubscribe?token=x&lang=" + l));
        reporter.put("/report/done (GET)", (p, l) -> p.navigate(root + "report/done?lang=" + l));
        reporter.put("/staff/login", (p, l) -> p.navigate(root + "staff/login?lang=" + l));
        run(reporter, null);

        Map<String, BiConsumer<Page, String>> moderator = new LinkedHashMap<>();
        moderator.put("/staff/queue", (p, l) -> p.navigate(root + "staff/queue?lang=" + l));
        moderator.put(
                "/staff/reports/{ref}",
                (p, l) -> p.navigate(root + "staff/reports/" + filed.reference() + "?lang=" + l));
        moderator.put(
                "/staff/reports/{ref}/alert",
                (p, l) -> p.navigate(root + "staff/reports/" + filed.reference() + "/alert?lang=" + l));
        moderator.put("/staff/alerts/{id}", (p, l) -> p.navigate(root + "staff/alerts/" + alertId + "?lang=" + l));
        moderator.put("/staff/reports/{missing}", (p, l) -> p.navigate(root + "staff/reports/UM-0000-0000?lang=" + l));
        run(moderator, StaffApi.MODERATOR);

        Map<String, BiConsumer<Page, String>> admin = new LinkedHashMap<>();
        admin.put("/staff", (p, l) -> p.navigate(root + "staff?lang=" + l));
        admin.put("/staff/admin/staff", (p, l) -> p.navigate(root + "staff/admin/staff?lang=" + l));
        admin.put("/staff/admin/areas", (p, l) -> p.navigate(root + "staff/admin/areas?lang=" + l));
        admin.put("/staff/admin/audit", (p, l) -> p.navigate(root + "staff/admin/audit?lang=" + l));
        run(admin, StaffApi.ADMIN);

        StringBuilder table = new StringBuilder("axe-core (nodes: critical/serious/moderate/minor)\n");
        int[] total = new int[4];
        counts.forEach((page, c) -> {
            table.append(String.format("  %-48s %d/%d/%d/%d%n", page, c[0], c[1], c[2], c[3]));
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        });
        table.append(String.format("  %-48s %d/%d/%d/%d%n", "total", total[0], total[1], total[2], total[3]));
        table.append("  rules: ")
                .append(rules.isEmpty() ? "none" : rules.toString())
                .append('\n');
        LOG.info(table);
        assertTrue(blocking.isEmpty(), "axe violations (every page had none):\n" + String.join("\n", blocking));
    }

    private void run(Map<String, BiConsumer<Page, String>> pages, StaffApi.Account account) {
        for (String lang : LANGS) {
            for (int width : WIDTHS) {
                Browser.NewContextOptions options =
                        new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(width, 844);
                try (BrowserContext context = browser.newContext(options)) {
                    if (account != null) {
                        String cookie = PageSession.of(account).cookie();
                        context.addCookies(List.of(new Cookie(PageSession.COOKIE, cookie).setUrl(root.toString())));
                    }
                    Page page = context.newPage();
                    pages.forEach((name, open) -> {
                        open.accept(page, lang);
                        record(name + " (" + lang + ", " + width + ")", Axe.check(page));
                    });
                }
            }
        }
    }

    private void record(String page, List<Axe.Violation> violations) {
        int[] c = new int[4];
        for (Axe.Violation v : violations) {
            int at = List.of("critical", "serious", "moderate", "minor").indexOf(v.impact());
            c[Math.max(at, 0)] += v.nodes();
            rules.merge(v.rule() + " (" + v.impact() + ")", v.nodes(), Integer::sum);
            blocking.add(page + ": " + v.rule() + " (" + v.impact() + ") ×" + v.nodes() + " (" + v.targets() + ")");
        }
        counts.put(page, c);
    }

    private static String publishedAlert() {
        Desk.Filed filed = Desk.file(Fixtures.report());
        Object id = Desk.moderator()
                .body(Desk.publish(Desk.draft(Fixtures.AREA, List.of(), "A man who refuses to pay."), false))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(200)
                .extract()
                .path("alert.id");
        return String.valueOf(id);
    }
}
