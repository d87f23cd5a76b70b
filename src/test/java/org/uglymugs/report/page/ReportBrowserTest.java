package org.uglymugs.report.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.BrowserTest;
import org.uglymugs.support.Fixtures;

/** A reporter in a real browser with JavaScript switched off, as in Tor Browser's safest mode. */
@QuarkusTest
class ReportBrowserTest extends BrowserTest {

    private static final Logger LOG = Logger.getLogger(ReportBrowserTest.class);
    private static final Path LOG_FILE = Path.of("target/quarkus-test.log");

    /** A receipt or any text as the receipt check reads it: upper case, letters and digits only. */
    private static String canonical(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
    }

    private static final String RECEIPT_PATTERN = "([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}";

    @Test
    void reporterFilesAReportAndComesBackWithTheReceipt() throws IOException {
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(390, 844))) {
            Page page = context.newPage();
            List<String> urls = new ArrayList<>();
            page.onRequest(request -> urls.add(request.url()));
            long logBefore = Files.size(LOG_FILE);
            page.navigate(root + "report?lang=en");
            page.getByLabel("Fraud or non-payment").check();
            page.getByLabel("Threats", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByLabel("Tell us what happened, in your own words").fill(Fixtures.ACCOUNT);
            page.getByLabel("Date (required)", new Page.GetByLabelOptions().setExact(true))
                    .fill(LocalDate.now().minusDays(1).toString());
            page.getByLabel("Area").selectOption(Fixtures.AREA);
            page.getByLabel("Outcall").check();
            page.locator("#identifiers summary").click();
            page.locator("[id='identifiers[0].value']").fill(Fixtures.PHONE);
            page.getByLabel("Warn other workers").check();
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Send now"))
                    .click();

            String receipt = page.locator("#receipt").textContent().trim();
            assertTrue(receipt.matches(RECEIPT_PATTERN), "receipt shown: " + receipt);

            // The page will not let the reporter leave through Continue before typing the key back.
            page.getByLabel("Type your key to check you saved it").fill(receipt.substring(0, 20));
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            assertEquals(receipt, page.locator("#receipt").textContent().trim(), "still on the receipt page");
            assertTrue(page.locator(".error-summary").textContent().contains("not the same key"));
            page.getByLabel("Type your key to check you saved it")
                    .fill(receipt.toLowerCase().replace("-", " "));
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
            // Whatever its spelling (typed in lower case with spaces here), the key is in no URL and no log line.
            String key = canonical(receipt);
            for (String url : urls) {
                assertTrue(
                        !canonical(URLDecoder.decode(url, StandardCharsets.UTF_8))
                                .contains(key),
                        "the receipt never goes into a URL: " + url);
            }
            assertTrue(
                    !canonical(Files.readString(LOG_FILE).substring((int) logBefore))
                            .contains(key),
                    "the receipt is in no log line, in any spelling");

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
    void theRequiredAnswersAndSendNowFitTwoScreensOfScrollingOnAPhone() {
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(root + "report?lang=en");
            Object height = page.evaluate("() => document.documentElement.scrollHeight");
            double send = page.locator("button[name=send][value=now]").boundingBox().y;
            LOG.infof("/report at 390 px: page %s px, Send now at %d px", height, (int) send);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of("target/report-390.png"))
                    .setFullPage(true));
            assertTrue(send + 44 < 3 * 844, "Send now within two screens of scrolling: " + send);
            page.keyboard().press("Tab");
            assertEquals("quick-exit", page.evaluate("() => document.activeElement.id"), "first in the tab order");
        }
    }

    @Test
    void switchingLanguageOrAddingAnIdentifierLosesNothing() {
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(root + "report?lang=en");
            page.getByLabel("Stalking").check();
            page.getByLabel("Tell us what happened, in your own words").fill("He follows me home.");
            page.locator("#identifiers summary").click();
            page.locator("[id='identifiers[0].value']").fill("bad.client@example.com");
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Add another identifier"))
                    .click();
            assertEquals(
                    "bad.client@example.com",
                    page.locator("[id='identifiers[0].value']").inputValue());
            assertTrue(page.locator("[id='identifiers[1].value']").isVisible(), "a second row, open");

            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Nederlands"))
                    .click();
            assertEquals("nl", page.locator("html").getAttribute("lang"));
            assertEquals("He follows me home.", page.locator("[id='account']").inputValue());
            assertTrue(page.getByLabel("Stalking").isChecked(), "the ticked box stays ticked");
            assertEquals(
                    "bad.client@example.com",
                    page.locator("[id='identifiers[0].value']").inputValue());
            assertTrue(page.locator(".error-summary").count() == 0, "switching language checks nothing");
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
