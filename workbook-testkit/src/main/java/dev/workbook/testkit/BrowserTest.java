package dev.workbook.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A class of browser tests: tagged {@code browser} (so that only {@code -Pbrowser}, {@code -Pcheck}
 * and the watch run it), checked for threads left behind, and stopped after 30 s a test; a class
 * that needs longer says so with its own {@code @Timeout}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
public @interface BrowserTest {
}
