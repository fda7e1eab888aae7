package cn.anju.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a Camunda Form (forms/*.form) lets its user send: one entry per keyed component, with the Java
 * type its value must have and its limits. A completion is checked against it whole: a variable the
 * form does not define, a value of another type, too long, out of range or not one of the choices is
 * a problem, and so is a required field left empty. Empty values (null, "") are what Tasklist sends for
 * untouched fields, so they pass unless the field is required.
 */
final class TaskFormSchema {

    /** No form, or a form of another kind: nothing may be sent with the completion. */
    static final TaskFormSchema NONE = new TaskFormSchema("none", Map.of());

    private static final ObjectMapper JSON = new ObjectMapper();

    enum Kind { TEXT, BOOLEAN, NUMBER, CHOICE, UNSUPPORTED }

    record FormField(String key, String type, Kind kind, Integer maxLength, BigDecimal min, BigDecimal max,
                     Set<String> choices, boolean required) {
    }

    private final String id;
    private final Map<String, FormField> fields;

    private TaskFormSchema(String id, Map<String, FormField> fields) {
        this.id = id;
        this.fields = Map.copyOf(fields);
    }

    static TaskFormSchema parse(byte[] json) {
        try {
            JsonNode form = JSON.readTree(json);
            Map<String, FormField> fields = new LinkedHashMap<>();
            collect(form.path("components"), fields);
            return new TaskFormSchema(form.path("id").asText("form"), fields);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a Camunda Form: " + e.getMessage(), e);
        }
    }

    /** Keyed components, also inside groups (form-js nests them as "components"). */
    private static void collect(JsonNode components, Map<String, FormField> fields) {
        for (JsonNode component : components) {
            collect(component.path("components"), fields);
            String key = component.path("key").asText(null);
            if (key == null || key.isBlank()) {
                continue;
            }
            String type = component.path("type").asText("");
            JsonNode validate = component.path("validate");
            Set<String> choices = new LinkedHashSet<>();
            component.path("values").forEach(v -> choices.add(v.path("value").asText()));
            // A field shown only on some answers is required only then: FEEL is not evaluated here.
            boolean required = validate.path("required").asBoolean(false) && component.path("conditional").isMissingNode();
            fields.put(key, new FormField(key, type, kindOf(type),
                    validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
                    validate.has("min") ? validate.get("min").decimalValue() : null,
                    validate.has("max") ? validate.get("max").decimalValue() : null,
                    Set.copyOf(choices), required));
        }
    }

    private static Kind kindOf(String type) {
        return switch (type) {
            case "textfield", "textarea" -> Kind.TEXT;
            case "checkbox" -> Kind.BOOLEAN;
            case "number" -> Kind.NUMBER;
            case "select", "radio" -> Kind.CHOICE;
            default -> Kind.UNSUPPORTED;
        };
    }

    String id() {
        return id;
    }

    Set<String> keys() {
        return fields.keySet();
    }

    /** The first problem of a completion's variables (name, then why), or empty when the form allows them all. */
    Optional<String> problem(Map<String, ?> variables) {
        Map<String, ?> sent = variables == null ? Map.of() : variables;
        for (String name : sent.keySet()) {
            FormField field = fields.get(name);
            if (field == null) {
                return Optional.of(name + ": not a field of the form " + id);
            }
            Optional<String> problem = problem(field, sentValue(sent, name));
            if (problem.isPresent()) {
                return problem.map(p -> field.key() + ": " + p);
            }
        }
        for (FormField field : fields.values()) {
            if (field.required() && isEmpty(plain(sentValue(sent, field.key())))) {
                return Optional.of(field.key() + ": is required");
            }
        }
        return Optional.empty();
    }

    /** As sent: a VariableMap's own getter would deserialize an object value before it is judged. */
    private static Object sentValue(Map<String, ?> sent, String name) {
        return sent instanceof VariableMap typed ? typed.getValueTyped(name) : sent.get(name);
    }

    private static Optional<String> problem(FormField field, Object sent) {
        if (sent instanceof TypedValue typed && typed.getType() != null && !typed.getType().isPrimitiveValueType()) {
            return Optional.of("must be a plain value, not " + typed.getType().getName());
        }
        Object value = plain(sent);
        if (isEmpty(value) && field.kind() != Kind.BOOLEAN) {
            return Optional.empty();
        }
        return switch (field.kind()) {
            case TEXT -> !(value instanceof String text) ? wrongType("text")
                    : field.maxLength() != null && text.length() > field.maxLength()
                    ? Optional.of("is longer than " + field.maxLength() + " characters") : Optional.empty();
            case BOOLEAN -> value == null || value instanceof Boolean ? Optional.empty() : wrongType("true or false");
            case NUMBER -> !(value instanceof Number number) ? wrongType("a number") : range(field, number);
            case CHOICE -> value instanceof String choice && field.choices().contains(choice) ? Optional.empty()
                    : Optional.of("must be one of " + field.choices());
            case UNSUPPORTED -> Optional.of("fields of type " + field.type() + " cannot be sent");
        };
    }

    private static Optional<String> range(FormField field, Number number) {
        BigDecimal value;
        try {
            value = new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            return wrongType("a finite number");
        }
        if (field.min() != null && value.compareTo(field.min()) < 0
                || field.max() != null && value.compareTo(field.max()) > 0) {
            return Optional.of("must be between " + field.min() + " and " + field.max());
        }
        return Optional.empty();
    }

    private static Optional<String> wrongType(String expected) {
        return Optional.of("must be " + expected);
    }

    private static Object plain(Object sent) {
        return sent instanceof TypedValue typed ? typed.getValue() : sent;
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isEmpty();
    }
}
