package dev.workbook.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/report}: reads, checks and rate-limits one learner's report, and hands the new
 * row on. A refusal answers its status with {@code {"error": "..."}} and one log line; the board
 * goes on serving everyone else.
 */
final class ReportIntake {

    /** A real report is about 400 bytes; ten times that is generous. */
    static final int MAX_BYTES = 4096;
    private static final Logger LOG = LoggerFactory.getLogger(ReportIntake.class);

    private final ObjectMapper json;
    private final ReportCheck check;
    private final RateLimit rateLimit = new RateLimit();
    private final Board board;
    private final Consumer<LearnerRow> onRow;

    ReportIntake(ObjectMapper json, ReportCheck check, Board board, Consumer<LearnerRow> onRow) {
        this.json = json;
        this.check = check;
        this.board = board;
        this.onRow = onRow;
    }

    void handle(Context ctx) {
        try {
            LearnerRow row = board.take(checked(ctx), System.currentTimeMillis());
            onRow.accept(row);
            ctx.contentType("application/json").result("{\"accepted\":true}");
        } catch (Refused refused) {
            LOG.warn("refused a report from {}: {} {}", ctx.ip(), refused.status(), refused.getMessage());
            ctx.status(refused.status()).contentType("application/json")
                    .result(json.createObjectNode().put("error", refused.getMessage()).toString());
        }
    }

    private LearnerReport checked(Context ctx) throws Refused {
        long declared = ctx.contentLength();
        if (declared > MAX_BYTES) {
            throw new Refused(413, "a report is at most " + MAX_BYTES + " bytes");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BYTES) {
            throw new Refused(413, "a report is at most " + MAX_BYTES + " bytes");
        }
        LearnerReport report;
        try {
            report = json.readValue(body, LearnerReport.class);
        } catch (JsonProcessingException e) {
            throw new Refused(400, "not a report: expected JSON with code, name, step, next and exercises only");
        } catch (IOException e) {
            throw new Refused(400, "could not read the report");
        }
        if (report == null) {
            throw new Refused(400, "an empty report");
        }
        LearnerReport tidy = check.check(report);
        if (!rateLimit.allow(tidy.name().toLowerCase(Locale.ROOT), System.nanoTime())) {
            throw new Refused(429, "too many reports from '" + tidy.name() + "': at most " + RateLimit.BURST
                    + " at once, then one a second");
        }
        return tidy;
    }
}
