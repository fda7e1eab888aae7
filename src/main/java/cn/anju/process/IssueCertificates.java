package cn.anju.process;

import cn.anju.certificate.CertificateService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asynchronous with retries: a retried job finds the certificate already issued. */
@Component("issueCertificates")
class IssueCertificates implements JavaDelegate {

    private final CertificateService certificates;
    private final cn.anju.application.CaseLog caseLog;

    IssueCertificates(CertificateService certificates, cn.anju.application.CaseLog caseLog) {
        this.certificates = certificates;
        this.caseLog = caseLog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var applicationId = ProcessVariables.of(execution).applicationId();
        certificates.issueAll(applicationId);
        caseLog.stageEntered(applicationId, cn.anju.application.Stage.CLOSED);
    }
}
