package cn.anju.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;

/**
 * Every operation the engine's REST resources offer, read from their JAX-RS annotations (the same
 * resources serve {@code /engine-rest} and the webapps' engine API), and the operation a request path
 * names: like JAX-RS, level by level a literal segment wins over a parameter, so
 * {@code /process-definition/statistics} is the statistics, not the definition with id "statistics".
 */
final class EngineOperationCatalog {

    /** An operation: an HTTP method and a path template below the engine root, parameters as {@code {}}. */
    record Operation(String method, String template) implements Comparable<Operation> {
        @Override
        public int compareTo(Operation other) {
            return Comparator.comparing(Operation::template).thenComparing(Operation::method).compare(this, other);
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private static final Set<Operation> OPERATIONS = collect();

    private EngineOperationCatalog() {
    }

    static Set<Operation> operations() {
        return OPERATIONS;
    }

    /** The template a concrete path below the engine root matches, if any operation has it. */
    static Optional<String> templateOf(String path) {
        String[] segments = segments(path);
        return OPERATIONS.stream().map(Operation::template).distinct()
                .filter(template -> matches(segments(template), segments))
                .max(EngineOperationCatalog::moreLiteral);
    }

    /** Writes parameters as {@code {}}, whatever they are called. */
    static String normalise(String template) {
        return template.replaceAll("\\{[^}]*}", "{}");
    }

    private static boolean matches(String[] template, String[] path) {
        if (template.length != path.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            if (!template[i].equals("{}") && !template[i].equals(path[i])) {
                return false;
            }
        }
        return true;
    }

    /** Positive when {@code a} has a literal where {@code b} first has a parameter. */
    private static int moreLiteral(String a, String b) {
        String[] x = segments(a);
        String[] y = segments(b);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean literalX = !x[i].equals("{}");
            boolean literalY = !y[i].equals("{}");
            if (literalX != literalY) {
                return literalX ? 1 : -1;
            }
        }
        return 0;
    }

    private static String[] segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    private static Set<Operation> collect() {
        Set<Operation> operations = new TreeSet<>();
        walk(DefaultProcessEngineRestServiceImpl.class, "", operations, 0);
        operations.add(new Operation("GET", "/engine")); // the engines' names, served beside the default engine
        if (operations.size() < 100) {
            throw new IllegalStateException("The engine REST resources could not be read: " + operations);
        }
        return Set.copyOf(operations);
    }

    private static void walk(Class<?> resource, String prefix, Set<Operation> operations, int depth) {
        if (depth > 10) {
            throw new IllegalStateException("Engine REST resources nest deeper than expected at " + prefix);
        }
        for (Method method : resource.getMethods()) {
            Optional<Method> annotated = annotatedVersion(resource, method);
            if (annotated.isEmpty()) {
                continue;
            }
            Path path = annotated.get().getAnnotation(Path.class);
            String template = prefix + (path == null ? "" : join(path.value()));
            List<String> httpMethods = httpMethods(annotated.get());
            if (httpMethods.isEmpty()) {
                walk(method.getReturnType(), template, operations, depth + 1); // a sub-resource locator
            } else {
                String normalised = normalise(template.isEmpty() ? "/" : template);
                httpMethods.forEach(m -> operations.add(new Operation(m, normalised)));
            }
        }
    }

    private static String join(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.isEmpty() || trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    }

    /** The method itself, or the declaration in a supertype that carries its JAX-RS annotations. */
    private static Optional<Method> annotatedVersion(Class<?> type, Method method) {
        Set<Class<?>> types = new LinkedHashSet<>();
        supertypes(type, types);
        for (Class<?> candidate : types) {
            try {
                Method declared = candidate.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (declared.isAnnotationPresent(Path.class) || !httpMethods(declared).isEmpty()) {
                    return Optional.of(declared);
                }
            } catch (NoSuchMethodException e) {
                // not declared here
            }
        }
        return Optional.empty();
    }

    private static void supertypes(Class<?> type, Set<Class<?>> types) {
        if (type == null || type == Object.class || !types.add(type)) {
            return;
        }
        supertypes(type.getSuperclass(), types);
        for (Class<?> implemented : type.getInterfaces()) {
            supertypes(implemented, types);
        }
    }

    private static List<String> httpMethods(Method method) {
        List<String> methods = new ArrayList<>();
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                methods.add(http.value());
            }
        }
        return methods;
    }
}
