package cn.anju.privacy;

import java.time.Instant;
import java.util.UUID;

/** What the guardian agreed to when submitting: by which account, when, under which version of the texts. */
public record Consent(boolean childrenData, boolean truthDeclaration, String textVersion, UUID account,
                      Instant givenAt) {
}
