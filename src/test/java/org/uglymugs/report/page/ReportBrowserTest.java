package org.uglymugs.report.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.BrowserTest;
import org.uglymugs.support.Fixtures;

/** A reporter in a real browser with JavaScript switched off, as in Tor Browser's safest mode. */
@QuarkusTest
class ReportBrowserTest extends BrowserTest {

    private static final String RECEIPT_PATTERN = "([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}";

    @Test
    void reporterFilesAReportAndComesBackWithTheReceipt() {
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(root + "report?lang=en");
            page.getByLabel("Fraud or non-payment").check();
            page.getByLabel("Threats", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByLabel("Tell us what happened, in your own words").fill(Fixtures.ACCOUNT);
            page.getByLabel("Date (required)", new Page.GetByLabelOptions().setExact(true))
                    .fill(LocalDate.now().minusDays(1).toString());
            page.getByLabel("Area").selectOption(Fixtures.AREA);
            page.getByLabel("Outcall").check();
            page.locator("[id='identifiers[0].value']").fill(Fixtures.PHONE);
            page.getByLabel("Warn other workers").check();
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Send report"))
                    .click();

            String receipt = page.locator("#receipt").textContent().trim();
            assertTrue(receipt.matches(RECEIPT_PATTERN), "receipt shown: " + receipt);

            // The page will not let the reporter leave through Continue before confirming the key is saved.
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            assertEquals(receipt, page.locator("#receipt").textContent().trim(), "still on the receipt page");
            page.getByLabel("I have saved my key").check();
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            assertTrue(page.locator("h1").textContent().contains("Thank you"));

            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("My report").setExact(true))
                    .first()
                    .click();
            page.getByLabel("Your key").fill(receipt.toLowerCase().replace("-", " "));
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Open my report"))
                    .click();
            assertEquals("Received", page.locator("#status").textContent().trim());
            assertTrue(
                    !page.url().contains(receipt) && !page.url().toUpperCase().contains(receipt.substring(0, 4) + "-"),
                    "the receipt never goes into a URL");

            page.getByLabel("What happened (required)", new Page.GetByLabelOptions().setExact(true))
                    .fill("He sent me twenty messages overnight.");
            page.locator("[id='incident.date']").fill(LocalDate.now().toString());
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Add incident"))
                    .click();
            assertTrue(page.locator("[role=status]").textContent().contains("Incident added."));
            assertTrue(page.locator(".incidents").textContent().contains("twenty messages overnight"));
        }
    }

    @Test
    void formFitsAPhoneScreen() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740))) {
            Page page = context.newPage();
            page.navigate(root + "report?lang=nl");
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertEquals(0, ((Number) overflow).intValue(), "no sideways scrolling on a phone");
        }
    }
}
