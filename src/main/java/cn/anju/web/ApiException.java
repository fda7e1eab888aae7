package cn.anju.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A request the client must change: answered as problem details with the given status. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldProblem> errors;

    public ApiException(HttpStatus status, String detail) {
        this(status, detail, List.of());
    }

    public ApiException(HttpStatus status, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
