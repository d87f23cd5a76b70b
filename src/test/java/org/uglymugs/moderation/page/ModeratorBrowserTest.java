package org.uglymugs.moderation.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.AuditTargets;
import org.uglymugs.support.BrowserTest;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.TotpCodes;

/** A moderator in a real browser, JavaScript off: TOTP login, the highest-risk report, a linked report, an alert. */
@QuarkusTest
class ModeratorBrowserTest extends BrowserTest {

    @Test
    void moderatorLogsInOpensTheHighestRiskReportSeesItsLinkAndPublishes() {
        String area = Desk.newArea("browser");
        Map<String, Object> earlier = Fixtures.report();
        earlier.put("area", area);
        earlier.put("categories", List.of("FRAUD"));
        earlier.put("risk", Map.of());
        Desk.Filed linked = Desk.file(earlier);
        Map<String, Object> urgent = Fixtures.report();
        urgent.put("area", area);
        urgent.put("categories", List.of("PHYSICAL_ASSAULT"));
        urgent.put("risk", Map.of("weapon", true));
        Desk.Filed high = Desk.file(urgent);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(root + "staff/login?lang=en");
            page.getByLabel("Username").fill(StaffApi.MODERATOR.username());
            page.getByLabel("Password").fill(StaffApi.MODERATOR.password());
            page.getByLabel("Code from your authenticator app").fill(TotpCodes.next(StaffApi.MODERATOR.secret()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();
            assertTrue(page.url().contains("/staff/queue"), "lands on the queue: " + page.url());

            page.getByLabel("Area").selectOption(area);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                    .click();
            assertEquals(
                    high.reference(),
                    page.locator("tbody tr")
                            .first()
                            .locator("td")
                            .first()
                            .textContent()
                            .trim(),
                    "highest risk first");
            page.locator("tbody tr").first().getByRole(AriaRole.LINK).click();

            assertEquals("High risk", page.locator("#risk").textContent().trim());
            assertTrue(
                    page.locator("#linked").textContent().contains(linked.reference()), "the linked report is shown");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Draft an alert"))
                    .click();
            page.getByLabel("Title").fill("Armed client, outcalls in this area");
            page.getByLabel("What happened (for other workers)")
                    .fill("Booked an outcall, threatened her with a knife and left without paying.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview and check"))
                    .click();
            assertTrue(page.locator("#pii-clear").isVisible(), "the privacy check passes");
            assertEquals(
                    "Armed client, outcalls in this area",
                    page.locator("#alert-title").textContent().trim());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish alert"))
                    .click();

            assertEquals("Issued", page.locator("#alert-status").textContent().trim());
            assertTrue(page.locator("[role=status]").textContent().contains("Alert published."));
        }
        assertEquals(
                1,
                Db.count("select count(*) from report where reference = '" + high.reference()
                        + "' and status = 'PUBLISHED'"));
        assertEquals(
                1,
                Db.count("select count(*) from audit_entry where action = 'ALERT_ISSUED' and actor = 'moderator'"
                        + " and details like '%" + AuditTargets.of(high.reference()) + "%'"));
    }
}
