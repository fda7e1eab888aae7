package cn.anju.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * A password the policy refuses is the caller's mistake: the engine REST API (and so Camunda Admin)
 * answers 400 in Camunda's own error format, not the 500 it gives every ProcessEngineException.
 * Every other engine exception goes to Camunda's handler as before.
 */
@Component
class PasswordPolicyRefusal implements ResourceConfigCustomizer {

    /** SaveUserCmd's message: the engine has no exception type of its own for this. */
    static final String MESSAGE = "Password does not match policy";

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(Mapper.class);
    }

    @Priority(1)
    static class Mapper implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            Throwable answered = MESSAGE.equals(exception.getMessage())
                    ? new BadUserRequestException(exception.getMessage(), exception) : exception;
            return ExceptionHandlerHelper.getInstance().getResponse(answered);
        }
    }
}
