package cn.anju.certificate.internal;

import cn.anju.application.ApplicationWithdrawn;
import cn.anju.application.CaseLog;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A withdrawn application's documents are revoked, just after the withdrawal commits. */
@Component
class WithdrawalRevoker {

    private final CertificateStore store;
    private final Revocations revocations;

    WithdrawalRevoker(CertificateStore store, Revocations revocations) {
        this.store = store;
        this.revocations = revocations;
    }

    /** A retry finds the documents revoked already: only valid ones are revoked. */
    @ApplicationModuleListener
    public void on(ApplicationWithdrawn withdrawn) {
        String reason = "application withdrawn" + (withdrawn.reason() == null ? "" : ": " + withdrawn.reason());
        for (String code : store.validCodes(withdrawn.applicationId(), null)) {
            revocations.revoke(code, reason, CaseLog.SYSTEM);
        }
    }
}
