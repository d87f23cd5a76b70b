package org.uglymugs.liaison.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.BrowserTest;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Liaison;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.TotpCodes;

/** A liaison officer in a real browser, JavaScript off: TOTP login, a record, a PDF export, a withdrawal notice. */
@QuarkusTest
class LiaisonBrowserTest extends BrowserTest {

    @Test
    void officerLogsInOpensARecordExportsAPdfAndSeesTheWithdrawalNotice() throws IOException {
        String area = Desk.newArea("liaison-browser");
        StaffApi.Account officer = Liaison.officer(area);
        Desk.Filed filed = Liaison.ready(area);
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setJavaScriptEnabled(false).setAcceptDownloads(true))) {
            Page page = context.newPage();
            page.navigate(root + "staff/login?lang=en");
            page.getByLabel("Username").fill(officer.username());
            page.getByLabel("Password").fill(officer.password());
            page.getByLabel("Code from your authenticator app").fill(TotpCodes.next(officer.secret()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();
            assertTrue(page.url().contains("/staff/liaison"), "lands on the liaison desk: " + page.url());

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(filed.reference()))
                    .click();
            assertEquals("B3C", page.locator("#grading").textContent().trim());
            assertEquals(Liaison.SUMMARY, page.locator("#summary").textContent().trim());

            Download download =
                    page.waitForDownload(() -> page.locator("#export-pdf").click());
            byte[] pdf = Files.readAllBytes(download.path());
            assertTrue(text(pdf).contains("Reference " + filed.reference()), "the PDF names the record");

            Liaison.withdraw(filed.receipt(), false);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Liaison desk"))
                    .click();
            String notice = page.locator("#notices").textContent();
            assertTrue(
                    notice.contains("Consent was withdrawn for reference " + filed.reference()),
                    "the notice names the reference: " + notice);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have deleted my copies"))
                    .click();
            assertTrue(page.locator("[role=status]").textContent().contains("Notice acknowledged."));
            assertTrue(page.locator("#notices").textContent().contains("No withdrawal notices."));
        }
    }

    private static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
