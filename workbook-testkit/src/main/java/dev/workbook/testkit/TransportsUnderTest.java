package dev.workbook.testkit;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The Socket.IO transports a parameterized test runs over: in a learner's run, the default one
 * only (long polling, then WebSocket), since the learner's handlers are the same over every
 * transport; in a check of a whole step and in CI ({@code workbook.transports=all}), each of
 * the test's enum of transports. Use with {@code @ArgumentsSource(TransportsUnderTest.class)}.
 */
public final class TransportsUnderTest implements ArgumentsProvider {

    static final String SETTING = "workbook.transports";
    private static final String DEFAULT = "DEFAULT";

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        Class<?> transports = context.getRequiredTestMethod().getParameterTypes()[0];
        Object[] all = transports.getEnumConstants();
        if (all == null) {
            throw new IllegalArgumentException(context.getRequiredTestMethod() + ": the first parameter must be an enum of transports");
        }
        boolean every = "all".equals(System.getProperty(SETTING, "all"));
        return Arrays.stream(all).filter(transport -> every || ((Enum<?>) transport).name().equals(DEFAULT)).map(Arguments::of);
    }
}
