package org.uglymugs.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.uglymugs.common.Deployment;

/**
 * The deployment's safety settings as the public pages' layout reads them ({@code inject:site}):
 * the quick-exit address, neutral titles, the emergency number and the support lines.
 */
@Named("site")
@ApplicationScoped
public class Site {

    private final SiteConfig config;
    private final HelpLines help;
    private final boolean demo;

    public Site(
            SiteConfig config,
            @ConfigProperty(name = "uglymugs.staff.demo-accounts", defaultValue = "false") boolean demoAccounts) {
        this.config = config;
        this.help = HelpLines.load(config.helpLines());
        this.demo = demoAccounts && !Deployment.production();
    }

    /** A dev-profile run with demo accounts: every page says it is not for real reports. */
    public boolean demo() {
        return demo;
    }

    public String quickExit() {
        return config.quickExit();
    }

    public boolean neutralTitles() {
        return config.neutralTitles();
    }

    public String emergency(String lang) {
        return help.emergency(lang);
    }

    public List<HelpLines.Line> lines(String lang) {
        return help.lines(lang);
    }
}
