package org.uglymugs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The feature map as a test: which feature may use which, and only through its door. The allowed
 * edges below are the data; the README's "Architecture" section draws the same edges, and
 * {@link #theReadmeDrawsExactlyTheseEdges()} keeps the two equal.
 */
class ArchitectureTest {

    private static final String ROOT = "org.uglymugs";

    /** Each feature and the features it may use; every feature may use {@code common}. */
    static final Map<String, Set<String>> EDGES = Map.of(
            "area", Set.of(),
            "audit", Set.of(),
            "staff", Set.of("area"),
            "report", Set.of("area"),
            "alert", Set.of("report", "area"),
            "moderation", Set.of("report", "alert", "area"),
            "subscription", Set.of("alert", "report", "area"),
            "retention", Set.of(),
            "liaison", Set.of("report", "area"),
            "keys", Set.of());

    /**
     * The one public door of each feature: the types at its root that other features may use. A
     * feature's {@code api} package (shared vocabulary: enums, events, view records) is open too.
     */
    static final Map<String, Set<String>> DOORS = Map.of(
            "area", Set.of("AreaService"),
            "audit", Set.of(),
            "staff", Set.of(),
            "report", Set.of("Reports"),
            "alert", Set.of("Alerts"),
            "moderation", Set.of(),
            "subscription", Set.of(),
            "retention", Set.of(),
            "liaison", Set.of(),
            "keys", Set.of());

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static Set<String> features() {
        return new TreeSet<>(EDGES.keySet());
    }

    @Test
    void featuresFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packagesOf(features()))
                .check(CLASSES);
    }

    @ParameterizedTest(name = "{0} uses only the features it is allowed to")
    @MethodSource("features")
    void aFeatureUsesOnlyItsAllowedFeatures(String feature) {
        Set<String> forbidden = new TreeSet<>(features());
        forbidden.remove(feature);
        forbidden.removeAll(EDGES.get(feature));
        if (forbidden.isEmpty()) {
            return;
        }
        noClasses()
                .that()
                .resideInAPackage(ROOT + "." + feature + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packagesOf(forbidden))
                .check(CLASSES);
    }

    @ParameterizedTest(name = "other features reach {0} only through its door")
    @MethodSource("features")
    void otherFeaturesUseOnlyTheDoorAndTheApiPackage(String feature) {
        String pkg = ROOT + "." + feature;
        Set<String> door = DOORS.get(feature);
        classes()
                .that()
                .resideInAPackage(pkg + "..")
                .and()
                .resideOutsideOfPackage(pkg + ".api..")
                .and(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are not the door " + door,
                        (JavaClass c) -> !(c.getPackageName().equals(pkg) && door.contains(outerName(c)))))
                .should()
                .onlyHaveDependentClassesThat()
                .resideInAnyPackage(pkg + "..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void noEntityIsTouchedOutsideItsFeature() {
        for (String feature : features()) {
            classes()
                    .that()
                    .areAnnotatedWith(Entity.class)
                    .and()
                    .resideInAPackage(ROOT + "." + feature + "..")
                    .should()
                    .onlyHaveDependentClassesThat()
                    .resideInAPackage(ROOT + "." + feature + "..")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void noServiceOrDomainClassDependsOnRestOrPageClasses() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..rest..", "..page..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..rest..", "..page..")
                .check(CLASSES);
    }

    @Test
    void theReadmeDrawsExactlyTheseEdges() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher edge = Pattern.compile("(?m)^[ \\t]*([a-z]+)[ \\t]*→[ \\t]*([a-z, ]*?)[ \\t]*$")
                .matcher(section(readme));
        Map<String, Set<String>> drawn = new TreeMap<>();
        while (edge.find()) {
            Set<String> to = edge.group(2).isBlank()
                    ? Set.of()
                    : Pattern.compile(",\\s*")
                            .splitAsStream(edge.group(2).trim())
                            .collect(Collectors.toSet());
            to = new TreeSet<>(to);
            to.remove("common");
            drawn.put(edge.group(1), to);
        }
        Map<String, Set<String>> expected = new TreeMap<>();
        EDGES.forEach((k, v) -> expected.put(k, new TreeSet<>(v)));
        assertEquals(expected, drawn, "README 'Feature map' block: one line 'feature → a, b, common' per feature");
    }

    private static String section(String readme) {
        int start = readme.indexOf("```feature-map");
        int end = readme.indexOf("```", start + 3);
        return start < 0 || end < 0 ? "" : readme.substring(start, end);
    }

    private static String outerName(JavaClass c) {
        String name = c.getName().substring(c.getPackageName().length() + 1);
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    private static String[] packagesOf(Set<String> features) {
        return features.stream().map(f -> ROOT + "." + f + "..").toArray(String[]::new);
    }
}
