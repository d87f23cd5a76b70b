package org.uglymugs.subscription.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uglymugs.support.Fixtures.identifier;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.BrowserTest;
import org.uglymugs.support.Checks;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Subscribers;

/** A worker checks a number before a booking in a real browser with JavaScript switched off. */
@QuarkusTest
class CheckBrowserTest extends BrowserTest {

    GreenMail mail;

    @Test
    void aSubscriberChecksANumberAndReadsTheAlertWithoutJavaScript() {
        String area = Desk.newArea("browse");
        String token = Subscribers.active(mail, Subscribers.request(Subscribers.newAddress("browse"), area));
        String digits = Checks.digits();
        Checks.publish(
                Checks.file(List.of(identifier("PHONE", "07400 " + digits))).reference(), List.of(area));

        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(root + "alerts?lang=en&token=" + token);
            button(page, "Check a number before a booking").click();
            assertTrue(page.locator("h1").textContent().contains("Check before a booking"));

            page.getByLabel("What it is").selectOption("PHONE");
            page.getByLabel("The number, address or name").fill("+44 7400 " + digits);
            button(page, "Check").click();

            String answer = page.locator("#check-answer").textContent();
            assertTrue(answer.contains("Reported in 1 alert, latest today, severity High"), answer);
            assertFalse(page.content().contains(digits), "the checked number is not written back into the page");
            assertTrue(page.url().endsWith("/check/answer"), "no token or value in the address: " + page.url());

            button(page, "Read this alert").click();
            assertTrue(page.locator("h1, h2").first().textContent().contains("Violent client"));

            button(page, "Current alerts").click();
            button(page, "Check a number before a booking").click();
            page.getByLabel("What it is").selectOption("PHONE");
            page.getByLabel("The number, address or name").fill("07400 " + other(digits));
            button(page, "Check").click();
            assertTrue(page.locator("#check-answer").textContent().contains("Not in any current alert"));
        }
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static String other(String digits) {
        return String.format("%06d", (Integer.parseInt(digits) + 1) % 1_000_000);
    }
}
