package org.uglymugs.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/** Reading what GreenMail received: the mails to one address, their decoded text and HTML, raw source. */
public final class Mailbox {

    /**
     * Longer than GreenMail's 30 s read timeout: a session that stalls (it happens now and then
     * between the mailer and GreenMail) ends there, and the sender tries the mail again at once.
     */
    private static final Duration WAIT = Duration.ofSeconds(75);

    private Mailbox() {}

    public static List<MimeMessage> to(GreenMail mail, String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
    }

    /** Waits until exactly {@code count} mails reached the address (failing if more or never). */
    public static List<MimeMessage> await(GreenMail mail, String address, int count) {
        Awaitility.await().atMost(WAIT).until(() -> to(mail, address).size() >= count);
        List<MimeMessage> got = to(mail, address);
        if (got.size() != count) {
            throw new AssertionError(count + " mails expected for one address, got " + got.size());
        }
        return got;
    }

    public static String recipients(MimeMessage m) {
        try {
            return m.getAllRecipients() == null ? "" : Arrays.toString(m.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage m) {
        return part(m, "text/plain");
    }

    public static String html(MimeMessage m) {
        return part(m, "text/html");
    }

    public static String raw(MimeMessage m) {
        return GreenMailUtil.getWholeMessage(m);
    }

    public static String header(MimeMessage m, String name) {
        try {
            String[] values = m.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of {@code name=} in the first link of the text part that carries it. */
    public static String linkParam(MimeMessage m, String name) {
        Matcher matcher = Pattern.compile("[?&]" + name + "=([A-Za-z0-9_-]+)").matcher(text(m));
        if (!matcher.find()) {
            throw new AssertionError("no link with " + name + " in the mail");
        }
        return matcher.group(1);
    }

    private static String part(MimeMessage m, String type) {
        try {
            Object content = m.getContent();
            if (content instanceof String s) {
                return m.isMimeType(type) ? s : "";
            }
            return find((Multipart) content, type);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Multipart multipart, String type) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart inner) {
                String found = find(inner, type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
