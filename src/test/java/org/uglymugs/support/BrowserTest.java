package org.uglymugs.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the browser tests: one headless Debian Chromium per class, and the app's root URL. */
public abstract class BrowserTest {

    protected static Playwright playwright;
    protected static Browser browser;

    @TestHTTPResource("/")
    protected URL root;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        playwright.close();
    }
}
