package dev.workbook.step01;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * It sends the server frames and reads its answers: it needs the header decoded (1.3), the
 * answer encoded (1.5) and the frame rules checked (1.6).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("exercise-1.3")
@Tag("exercise-1.5")
@Tag("exercise-1.6")
@interface ExchangesFrames {
}
