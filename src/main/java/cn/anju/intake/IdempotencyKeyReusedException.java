package cn.anju.intake;

import cn.anju.web.ApiException;
import cn.anju.web.FieldProblem;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The same Idempotency-Key came with a different request body: a client bug, never a retry. */
class IdempotencyKeyReusedException extends ApiException {

    IdempotencyKeyReusedException(String key) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key " + key + " was already used for a different application",
                List.of(new FieldProblem("Idempotency-Key", "was already used for a different request body")));
    }
}
