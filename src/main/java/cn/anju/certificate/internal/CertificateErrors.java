package cn.anju.certificate.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The certificate exceptions as problem details, like web's ApiErrors answers everything else; here
 * because web may not depend on certificate.
 */
@RestControllerAdvice
class CertificateErrors {

    @ExceptionHandler(CertificateNotFound.class)
    ResponseEntity<ProblemDetail> notFound(CertificateNotFound e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(CertificateConflict.class)
    ResponseEntity<ProblemDetail> conflict(CertificateConflict e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
