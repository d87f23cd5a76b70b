package org.uglymugs.staff.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Chromium;
import org.uglymugs.support.Db;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.TotpCodes;

/** An admin on a phone-sized screen with JavaScript off adds a liaison officer, scopes them and resets their 2FA. */
@QuarkusTest
class AdminBrowserTest {

    static final String PASSWORD = "a-long-initial-password";
    static final String FIRST_AREA = "metropolitan";
    static final String SECOND_AREA = "kent";

    @TestHTTPResource("/")
    URL root;

    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void close() {
        browser.close();
        playwright.close();
    }

    @Test
    void anAdminAddsALiaisonOfficerScopesThemAndResetsTheir2fa() {
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(root + "staff/login?lang=en");
            page.getByLabel("Username").fill(StaffApi.ADMIN.username());
            page.getByLabel("Password").fill(StaffApi.ADMIN.password());
            page.getByLabel("Code from your authenticator app").fill(TotpCodes.next(StaffApi.ADMIN.secret()));
            button(page, "Log in").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff accounts"))
                    .click();

            String username = StaffApi.unique("browser");
            page.getByRole(
                            AriaRole.TEXTBOX,
                            new Page.GetByRoleOptions().setName("Username").setExact(true))
                    .fill(username);
            page.getByLabel("Initial password").fill(PASSWORD);
            page.getByLabel("Police liaison officer").check();
            page.locator("#areas input[value=" + FIRST_AREA + "]").check();
            button(page, "Add staff member").click();
            assertTrue(status(page).contains("The account was created."), "created: " + status(page));
            assertEquals(0, overflow(page), "no sideways scrolling of the page on a phone");

            page.navigate(root + "staff/admin/staff?lang=en&size=100");
            Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(username));
            row.locator("summary").click();
            row.locator("input[name=areas][value=" + SECOND_AREA + "]").check();
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save areas " + username))
                    .click();
            assertTrue(status(page).contains("The areas were saved."));
            assertEquals(
                    2,
                    Db.count("select count(*) from staff_area s join staff_account a on a.id = s.staff_id "
                            + "where a.username = '" + username + "' and s.area_id in ('" + FIRST_AREA + "', '"
                            + SECOND_AREA + "')"));

            row = page.locator("tr", new Page.LocatorOptions().setHasText(username));
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reset 2FA " + username))
                    .click();
            assertTrue(page.locator("[role=alert]").textContent().contains("Tick the box to confirm first."));
            row = page.locator("tr", new Page.LocatorOptions().setHasText(username));
            row.getByLabel("Yes, " + username + " must set up two-factor login again")
                    .check();
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reset 2FA " + username))
                    .click();
            assertTrue(status(page).contains("Two-factor login was reset"));
            assertEquals(
                    1,
                    Db.count("select count(*) from audit_entry where action = 'TOTP_RESET' and target = '" + username
                            + "'"));
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static String status(Page page) {
        return page.locator("[role=status]").textContent();
    }

    private static int overflow(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }
}
