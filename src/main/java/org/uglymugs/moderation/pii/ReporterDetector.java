package org.uglymugs.moderation.pii;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporter's own name, email and phone number wherever they appear, whatever the other
 * detectors make of the text. The phone is also looked for digit by digit, so a number spaced out
 * or punctuated beyond what the phone number finder reads ("07911 1234 56", "0-7-9-1-1...") is
 * still caught.
 */
final class ReporterDetector {

    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\d(?:[\\d\\s().\\-/]*\\d)?");

    void find(String text, Reporter reporter, List<Hit> out) {
        for (Pattern name : reporter.names()) {
            Matcher m = name.matcher(text);
            while (m.find()) {
                out.add(new Hit(m.start(), m.end(), PiiKind.REPORTER_CONTACT));
            }
        }
        if (reporter.email() != null) {
            Matcher m = Pattern.compile(
                            Pattern.quote(reporter.email()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text);
            while (m.find()) {
                out.add(new Hit(m.start(), m.end(), PiiKind.REPORTER_CONTACT));
            }
        }
        if (reporter.phoneDigits() != null) {
            findDigits(text, reporter.phoneDigits(), out);
        }
    }

    private static void findDigits(String text, String wanted, List<Hit> out) {
        Matcher m = DIGIT_RUN.matcher(text);
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            int[] at = new int[m.end() - m.start()];
            for (int i = m.start(); i < m.end(); i++) {
                if (Character.isDigit(text.charAt(i))) {
                    at[digits.length()] = i;
                    digits.append(text.charAt(i));
                }
            }
            for (int i = digits.indexOf(wanted); i >= 0; i = digits.indexOf(wanted, i + 1)) {
                out.add(new Hit(at[i], at[i + wanted.length() - 1] + 1, PiiKind.REPORTER_CONTACT));
            }
        }
    }
}
