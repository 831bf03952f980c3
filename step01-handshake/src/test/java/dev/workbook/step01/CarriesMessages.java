package dev.workbook.step01;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * It sends data messages through the server: it needs their payload unmasked (1.4), text
 * checked as UTF-8 (1.7) and fragments put together under the size limit (1.8).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("exercise-1.4")
@Tag("exercise-1.7")
@Tag("exercise-1.8")
@interface CarriesMessages {
}
