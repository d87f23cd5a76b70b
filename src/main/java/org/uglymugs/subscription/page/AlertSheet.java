package org.uglymugs.subscription.page;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfWriter;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.uglymugs.alert.api.AlertContent.PublishedIdentifier;
import org.uglymugs.alert.api.PublishedAlert;
import org.uglymugs.area.AreaService;
import org.uglymugs.area.api.AreaView;
import org.uglymugs.common.i18n.CommonMessages;
import org.uglymugs.subscription.SubscriberAlerts.AreaSheet;
import org.uglymugs.subscription.SubscriptionConfig;
import org.uglymugs.subscription.mail.Labels;

/**
 * An area's live alerts on A4 paper (OpenPDF), in the subscriber's language: each alert's dates,
 * title, summary, description, published identifiers and severity, the date printed, and on every
 * page a line saying it is confidential and how to report. Only what the alerts publish is in it.
 */
@ApplicationScoped
public class AlertSheet {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10.5f, Font.NORMAL);
    private static final Font LABEL = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8.5f, Font.ITALIC);

    private final AreaService areas;
    private final SubscriptionConfig config;
    private final Clock clock;

    public AlertSheet(AreaService areas, SubscriptionConfig config, Clock clock) {
        this.areas = areas;
        this.config = config;
        this.clock = clock;
    }

    /** The PDF's bytes. */
    public byte[] render(AreaSheet sheet) {
        String lang = sheet.language();
        SubscriptionMessages texts = MessageBundles.get(SubscriptionMessages.class, Localized.Literal.of(lang));
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang));
        String area = areas.find(sheet.area(), lang).map(AreaView::name).orElse(sheet.area());
        String confidential = texts.subs_sheet_confidential(config.baseUrl() + "/report?lang=" + lang);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 60);
        try {
            PdfWriter.getInstance(doc, out);
            HeaderFooter footer = new HeaderFooter(new Phrase(confidential, SMALL), false);
            footer.setBorder(HeaderFooter.TOP);
            doc.setFooter(footer);
            doc.open();
            doc.add(new Paragraph(texts.subs_sheet_title(area), TITLE));
            doc.add(new Paragraph(texts.subs_sheet_printed(LocalDate.now(clock).format(dates)), BODY));
            doc.add(spaced(new Paragraph(confidential, LABEL)));
            if (sheet.alerts().isEmpty()) {
                doc.add(new Paragraph(texts.subs_sheet_none(), BODY));
            }
            for (PublishedAlert alert : sheet.alerts()) {
                add(doc, alert, texts, lang, dates);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the area sheet could not be made", e);
        }
        return out.toByteArray();
    }

    private static void add(
            Document doc, PublishedAlert alert, SubscriptionMessages texts, String lang, DateTimeFormatter dates) {
        Paragraph title = new Paragraph(alert.title(), HEADING);
        title.setSpacingBefore(14);
        doc.add(title);
        String when = texts.subs_sheet_issued(date(alert.issuedAt(), dates));
        if (alert.version() > 1 && alert.changedAt() != null) {
            when += " · " + texts.subs_sheet_updated(date(alert.changedAt(), dates));
        }
        Paragraph meta = new Paragraph(when + " · ", BODY);
        CommonMessages words = MessageBundles.get(CommonMessages.class, Localized.Literal.of(lang));
        meta.add(new Phrase(words.severity() + ": ", LABEL));
        meta.add(new Phrase(Labels.of(lang, alert.severity()), BODY));
        doc.add(meta);
        doc.add(spaced(new Paragraph(alert.summary(), BODY)));
        if (alert.perpetratorDescription() != null) {
            Paragraph description = new Paragraph(texts.subs_alert_description() + ": ", LABEL);
            description.add(new Phrase(alert.perpetratorDescription(), BODY));
            doc.add(spaced(description));
        }
        if (alert.identifiers() != null && !alert.identifiers().isEmpty()) {
            doc.add(spaced(new Paragraph(texts.subs_alert_identifiers(), LABEL)));
            for (PublishedIdentifier i : alert.identifiers()) {
                String value = i.platform() == null ? i.value() : i.value() + " (" + i.platform() + ")";
                doc.add(new Paragraph("•  " + Labels.of(lang, i.type()) + ": " + value, BODY));
            }
        }
    }

    /** A download named after the area, never after the subscriber. */
    public static String disposition(String area) {
        return "attachment; filename=\"alerts-" + area.replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"";
    }

    private static Paragraph spaced(Paragraph p) {
        p.setSpacingBefore(6);
        return p;
    }

    private static String date(OffsetDateTime at, DateTimeFormatter dates) {
        return at == null ? "" : at.toLocalDate().format(dates);
    }
}
