package kr.gpuprogram.reports.ingest.sacct;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The values of Slurm's JSON as its data parsers v0.0.37 to v0.0.44 write them: a number plain
 * or, from v0.0.40 on, as {@code {"set": true, "infinite": false, "number": N}}; a state as a
 * string or a list of strings. Each reader starts on the value's first token and leaves the
 * parser on its last one.
 */
public final class SlurmJsonValues {

    /** Slurm's "no value" (NO_VAL, 0xfffffffe) and above: no time. */
    static final long NO_VALUE = 4_294_967_294L;

    private SlurmJsonValues() {
    }

    /** A field of a job whose value cannot be read: the job is a reject with this reason. */
    static final class ValueProblem extends Exception {
        ValueProblem(String message) {
            super(message, null, false, false);
        }
    }

    /** A whole number, or null where Slurm says there is none (null, {@code set: false}, infinite). */
    static Long number(JsonParser p, String field) throws IOException, ValueProblem {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw new ValueProblem(field + " " + p.getText() + " is too large");
            }
            return p.getLongValue();
        }
        if (token == JsonToken.START_OBJECT) {
            Long number = null;
            boolean set = true;
            boolean infinite = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "set" -> set = bool(value, field + ".set");
                    case "infinite" -> infinite = bool(value, field + ".infinite");
                    case "number" -> number = number(p, field + ".number");
                    default -> p.skipChildren();
                }
            }
            return set && !infinite ? number : null;
        }
        throw new ValueProblem(field + " is not a number (" + describe(p) + ")");
    }

    /** Unix seconds, or null for no time: none given, 0, or Slurm's "no value" 4294967294 and above. */
    static Long seconds(JsonParser p, String field) throws IOException, ValueProblem {
        Long seconds = number(p, field);
        if (seconds == null || seconds == 0 || seconds >= NO_VALUE) {
            return null;
        }
        if (seconds < 0) {
            throw new ValueProblem(field + " " + seconds + " is not a time");
        }
        return seconds;
    }

    /** A string, or null for JSON null. */
    static String text(JsonParser p, String field) throws IOException, ValueProblem {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new ValueProblem(field + " is not a string (" + describe(p) + ")");
        }
        return p.getText();
    }

    /** A state: {@code "COMPLETED"} up to v0.0.39, {@code ["COMPLETED"]} from v0.0.40; several joined by commas. */
    static String state(JsonParser p, String field) throws IOException, ValueProblem {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            String state = text(p, field);
            return state == null ? "" : state;
        }
        StringBuilder states = new StringBuilder();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String state = text(p, field + "[]");
            if (state != null) {
                states.append(states.isEmpty() ? "" : ",").append(state);
            }
        }
        return states.toString();
    }

    static void expect(JsonParser p, JsonToken token, String field) throws IOException, ValueProblem {
        if (p.currentToken() != token) {
            throw new ValueProblem(field + " is not " + (token == JsonToken.START_OBJECT ? "an object" : "a list")
                    + " (" + describe(p) + ")");
        }
    }

    private static boolean bool(JsonToken token, String field) throws ValueProblem {
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw new ValueProblem(field + " is not true or false");
    }

    /** What stands where a value was expected, shortly. */
    public static String describe(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "the string \"" + abbreviated(p.getText()) + "\"";
            case VALUE_NULL -> "null";
            default -> abbreviated(p.getText());
        };
    }

    static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
