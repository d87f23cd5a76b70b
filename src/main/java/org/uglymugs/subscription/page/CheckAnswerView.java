package org.uglymugs.subscription.page;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.uglymugs.subscription.api.CheckAnswer;
import org.uglymugs.subscription.mail.Labels;
import org.uglymugs.subscription.mail.MailItem;

/** The check's answer in plain words, e.g. "Reported in 2 alerts, latest 3 days ago, severity High." */
record CheckAnswerView(boolean found, String sentence, int outside, List<MailItem> alerts) {

    static CheckAnswerView of(String lang, CheckAnswer answer, List<MailItem> listed, Clock clock) {
        SubscriptionMessages texts = MessageBundles.get(SubscriptionMessages.class, Localized.Literal.of(lang));
        if (answer.matches() == 0) {
            return new CheckAnswerView(false, texts.subs_check_none(), 0, List.of());
        }
        long days = ChronoUnit.DAYS.between(
                answer.latestAlertAt().atZoneSameInstant(clock.getZone()).toLocalDate(), LocalDate.now(clock));
        String when = days <= 0
                ? texts.subs_check_today()
                : days == 1 ? texts.subs_check_yesterday() : texts.subs_check_days_ago(days);
        String severity = Labels.of(lang, answer.highestSeverity());
        String sentence = answer.matches() == 1
                ? texts.subs_check_found_one(when, severity)
                : texts.subs_check_found_many(answer.matches(), when, severity);
        return new CheckAnswerView(
                true, sentence, answer.matches() - answer.alerts().size(), listed);
    }
}
