package org.uglymugs.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uglymugs.moderation.page.ModerationMessages;
import org.uglymugs.report.page.ReportMessages;
import org.uglymugs.staff.page.StaffMessages;

/** Every message key exists in English and Dutch, with the same parameters and no empty text. */
class MessagesTest {

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    static Stream<Arguments> bundles() {
        return Stream.of(
                Arguments.of("common", CommonMessages.class),
                Arguments.of("msg", ReportMessages.class),
                Arguments.of("mod", ModerationMessages.class),
                Arguments.of("staff", StaffMessages.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyKeyIsInEnglishAndDutch(String bundle, Class<?> keys) throws IOException {
        Set<String> declared = Arrays.stream(keys.getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, new TreeSet<>(load(bundle, "en").stringPropertyNames()), "English keys of " + bundle);
        assertEquals(declared, new TreeSet<>(load(bundle, "nl").stringPropertyNames()), "Dutch keys of " + bundle);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void translationsKeepTheirParametersAndAreNotBlank(String bundle, Class<?> keys) throws IOException {
        Properties en = load(bundle, "en");
        Properties nl = load(bundle, "nl");
        for (String key : en.stringPropertyNames()) {
            assertFalse(nl.getProperty(key, "").isBlank(), "empty Dutch text for " + key);
            assertEquals(params(en.getProperty(key)), params(nl.getProperty(key)), "parameters of " + key);
        }
    }

    private static Set<String> params(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Properties load(String bundle, String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                MessagesTest.class.getResourceAsStream("/messages/" + bundle + "_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
