package org.uglymugs.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

/** Every message key exists in both languages, with the same parameters, and nothing is left untranslated-empty. */
class MessagesTest {

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    @Test
    void everyKeyIsInEnglishAndDutch() throws IOException {
        Set<String> declared = Arrays.stream(Messages.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Properties en = load("en");
        Properties nl = load("nl");
        assertEquals(declared, new TreeSet<>(en.stringPropertyNames()), "English keys vs Messages interface");
        assertEquals(declared, new TreeSet<>(nl.stringPropertyNames()), "Dutch keys vs Messages interface");
    }

    @Test
    void translationsKeepTheirParametersAndAreNotBlank() throws IOException {
        Properties en = load("en");
        Properties nl = load("nl");
        for (String key : en.stringPropertyNames()) {
            assertTrue(!nl.getProperty(key, "").isBlank(), "empty Dutch text for " + key);
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

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages/msg_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
