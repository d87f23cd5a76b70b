package org.uglymugs.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.web.SafetyMessages;
import org.uglymugs.liaison.page.LiaisonMessages;
import org.uglymugs.moderation.page.ModerationMessages;
import org.uglymugs.report.page.ReportMessages;
import org.uglymugs.staff.page.StaffMessages;
import org.uglymugs.subscription.page.SubscriberDeskMessages;
import org.uglymugs.subscription.page.SubscriptionMessages;

/**
 * Every bundle: each key exists in English and Dutch with the same parameters and no empty text,
 * each text uses exactly its method's parameters, no text is defined twice (in any bundle), and
 * every key a template hands a tag as a string is one of that tag's bundle.
 */
class MessagesTest {

    /** A text's parameters: {@code {name}} and the value a {@code {#when name}} tests. */
    private static final Pattern PARAM = Pattern.compile("\\{(?:#when )?(\\w+)}");

    private static final List<Class<?>> BUNDLES = List.of(
            CommonMessages.class,
            SafetyMessages.class,
            ReportMessages.class,
            ModerationMessages.class,
            StaffMessages.class,
            SubscriptionMessages.class,
            SubscriberDeskMessages.class,
            LiaisonMessages.class);

    static Stream<Arguments> bundles() {
        return BUNDLES.stream()
                .map(b -> Arguments.of(b.getAnnotation(MessageBundle.class).value(), b));
    }

    @Test
    void everyBundleFileHasItsInterfaceHere() throws IOException {
        Set<String> files;
        try (Stream<Path> listed = Files.list(Path.of("src/main/resources/messages"))) {
            files = listed.map(p -> p.getFileName().toString())
                    .map(name -> name.replaceFirst("_(en|nl)\\.properties$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> tested = BUNDLES.stream()
                .map(b -> b.getAnnotation(MessageBundle.class).value())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, tested, "bundles in src/main/resources/messages against the bundles this test checks");
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void textsUseTheirMethodsParameters(String bundle, Class<?> keys) throws IOException {
        Properties en = load(bundle, "en");
        for (Method m : keys.getDeclaredMethods()) {
            Set<String> declared = Arrays.stream(m.getParameters())
                    .map(Parameter::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(declared, params(en.getProperty(m.getName())), "parameters of " + bundle + ":" + m.getName());
        }
    }

    /** No text is defined twice: a word several pages share lives in the common bundle. */
    @Test
    void noTextIsDefinedTwice() throws IOException {
        Map<String, List<String>> keysByText = new TreeMap<>();
        for (Class<?> b : BUNDLES) {
            String bundle = b.getAnnotation(MessageBundle.class).value();
            Properties en = load(bundle, "en");
            Properties nl = load(bundle, "nl");
            for (String key : en.stringPropertyNames()) {
                keysByText
                        .computeIfAbsent(en.getProperty(key) + " | " + nl.getProperty(key), t -> new ArrayList<>())
                        .add(bundle + ":" + key);
            }
        }
        List<List<String>> twice =
                keysByText.values().stream().filter(keys -> keys.size() > 1).toList();
        assertTrue(twice.isEmpty(), "texts defined under more than one key: " + twice);
    }

    /** Tags that take a message key ({@code label='…'}, {@code hint='…'}) name one their bundle has. */
    @Test
    void keysPassedToTagsExist() throws IOException {
        Pattern tag = Pattern.compile("\\{#(\\w+) ([^{}]*)/}");
        Pattern key = Pattern.compile("\\b(label|hint|key)='(\\w+)'");
        Pattern bundle = Pattern.compile("\\bbundle='(\\w+)'");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher t = tag.matcher(Files.readString(file));
                while (t.find()) {
                    Matcher b = bundle.matcher(t.group(2));
                    String name = b.find() ? b.group(1) : "msg";
                    Set<String> keys = load(name, "en").stringPropertyNames();
                    Matcher k = key.matcher(t.group(2));
                    while (k.find()) {
                        if (!keys.contains(k.group(2))) {
                            missing.add(file.getFileName() + ": " + name + ":" + k.group(2));
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys passed to tags that their bundle lacks: " + missing);
    }

    private static Set<String> params(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * Key-shaped words the page classes use that are not message keys: the {@code ?done=} notice
     * words (mapped to keys by StaffPageContext) and the session cookie's name. Field-error codes are
     * {@link ErrorCode}s, checked by {@link #everyFieldErrorCodeHasAText()}.
     */
    private static final Set<String> NOT_KEYS = Set.of("message_sent", "note_added", "um_staff");

    /** Codes only the JSON API answers: a body naming a field twice never comes from a form. */
    private static final Set<ErrorCode> API_ONLY = Set.of(ErrorCode.DUPLICATE_FIELD);

    /** A page shows a field error as {@code error_<code>} (or {@code admin_error_<code>}) of some bundle. */
    @Test
    void everyFieldErrorCodeHasAText() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Class<?> b : BUNDLES) {
            keys.addAll(load(b.getAnnotation(MessageBundle.class).value(), "en").stringPropertyNames());
        }
        List<String> missing = Arrays.stream(ErrorCode.values())
                .filter(c -> !API_ONLY.contains(c))
                .map(c -> "error_" + c.code())
                .filter(key -> !keys.contains(key) && !keys.contains("admin_" + key))
                .toList();
        assertEquals(List.of(), missing, "field-error codes without a text");
    }

    /**
     * Keys that Java hands to a template ({@code message(key)} in tags, notices, error summaries) are
     * not checked by Qute: every key-shaped string in the page classes must be a key of some bundle.
     */
    @Test
    void everyKeyNamedInAPageClassExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Class<?> b : BUNDLES) {
            keys.addAll(load(b.getAnnotation(MessageBundle.class).value(), "en").stringPropertyNames());
        }
        Pattern keyShaped = Pattern.compile("\"([a-z][a-z0-9]*(?:_[a-zA-Z0-9]+)+)\"");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/uglymugs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/page/") || f.toString().contains("/common/web/"))
                    .filter(f -> !f.getFileName().toString().endsWith("Messages.java"))
                    .toList()) {
                Matcher m = keyShaped.matcher(Files.readString(file));
                while (m.find()) {
                    checked++;
                    if (!keys.contains(m.group(1)) && !NOT_KEYS.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(checked > 20, "key-shaped strings checked: " + checked);
        assertEquals(List.of(), missing, "keys named in Java that no bundle has");
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
