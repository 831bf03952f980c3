package dev.workbook.step04;

import static org.assertj.core.api.Assertions.assertThat;

import org.json.JSONObject;

/** Assertions on acknowledgements: {@code {ok: true, ...}}, or {@code {ok: false, code, error}}. */
final class Acks {

    private Acks() {
    }

    /**
     * Checks that {@code ack} says ok, and returns it.
     *
     * @param who the exercise that answers (its toString names it and its lesson), or what else answers
     * @param what which acknowledgement, in words: "the ack of ada's join"
     */
    static JSONObject assertOk(JSONObject ack, Object who, String what) {
        assertThat(ack.optBoolean("ok")).as("%s: %s should say {ok: true, ...}, but it is %s", who, what, ack).isTrue();
        return ack;
    }

    /** Checks that {@code ack} refuses with {@code code} and a sentence saying why. */
    static void assertRefused(JSONObject ack, String code, Object who, String what) {
        assertThat(ack.has("ok") && !ack.optBoolean("ok", true))
                .as("%s: %s should say {ok: false, code: '%s', error}, but it is %s", who, what, code, ack).isTrue();
        assertThat(ack.optString("code")).as("%s: the code in %s, which is %s", who, what, ack).isEqualTo(code);
        assertThat(ack.optString("error")).as("%s: the error in %s, a sentence for people", who, what).isNotBlank();
    }
}
