package cn.anju.intake;

/** The same Idempotency-Key came with a different request body: a client bug, never a retry. */
class IdempotencyKeyReusedException extends RuntimeException {

    IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key " + key + " was already used for a different application");
    }
}
