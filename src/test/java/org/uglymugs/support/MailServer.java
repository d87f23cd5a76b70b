package org.uglymugs.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free loopback port for the whole test run: the app's mailer
 * is pointed at it instead of the mock, and test classes get it in a {@code GreenMail} field.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        int port = freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(port),
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.from", "alerts@uglymugs.test",
                "uglymugs.subscriptions.mail.discreet-from", "hello@mail.test");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(greenMail, new TestInjector.MatchesType(GreenMail.class));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
