package dev.workbook.testkit;

import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;

/**
 * One test method of a run, a parameterized one counting once: the exercises it needs (its
 * {@code exercise-N.M} tags) and so the exercise it belongs to, the highest of them.
 *
 * @param key {@code Class#method(parameter types)}, shared by every invocation of a parameterized test
 * @param uniqueId the JUnit unique id of the method's own node in the test plan
 * @param name {@code Class#method}, as a learner reads it
 * @param needs the exercise numbers it is tagged with, in order
 * @param parameterized whether its node is a container of invocations rather than a test
 */
record PlannedTest(String key, String uniqueId, String name, Set<String> needs, boolean parameterized) {

    /** The plan's node for a test method, or empty for a class, an engine or an invocation of a parameterized test. */
    static Optional<PlannedTest> of(TestIdentifier identifier) {
        return keyOf(identifier).map(key -> new PlannedTest(key, identifier.getUniqueId(), nameOf(identifier),
                ExerciseTags.needs(identifier.getTags().stream().map(TestTag::getName)), identifier.isContainer()));
    }

    /** The method key of any node that stands for a test method or one of its invocations. */
    static Optional<String> keyOf(TestIdentifier identifier) {
        return identifier.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(source -> key(source.getClassName(), source.getMethodName(), source.getMethodParameterTypes()));
    }

    static String key(String className, String methodName, String parameterTypes) {
        return className + "#" + methodName + "(" + (parameterTypes == null ? "" : parameterTypes) + ")";
    }

    /** The exercise this test belongs to, or empty for a test of the step's given code. */
    Optional<String> owner() {
        return needs.stream().max(ExerciseTags.BY_NUMBER);
    }

    /** Whether it belongs to an exercise before {@code number}. */
    boolean belongsBefore(String number) {
        return owner().map(own -> ExerciseTags.before(own, number)).orElse(false);
    }

    private static String nameOf(TestIdentifier identifier) {
        MethodSource source = (MethodSource) identifier.getSource().orElseThrow();
        String className = source.getClassName();
        return className.substring(className.lastIndexOf('.') + 1) + "#" + source.getMethodName();
    }
}
