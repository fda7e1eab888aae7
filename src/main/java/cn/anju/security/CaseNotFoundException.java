package cn.anju.security;

import java.util.UUID;

/** No such application, or none that the caller may see: both answer 404. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(UUID applicationId) {
        super("No application " + applicationId);
    }
}
