package cn.anju.process;

import cn.anju.application.CaseLog;
import cn.anju.application.Stage;
import cn.anju.certificate.CertificateService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asynchronous with retries: a retried job finds the certificate already issued. */
@Component("issueCertificates")
class IssueCertificates implements JavaDelegate {

    private final CertificateService certificates;
    private final CaseLog caseLog;

    IssueCertificates(CertificateService certificates, CaseLog caseLog) {
        this.certificates = certificates;
        this.caseLog = caseLog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var applicationId = ProcessVariables.of(execution).applicationId();
        certificates.issueAll(applicationId);
        caseLog.stageEntered(applicationId, Stage.CLOSED);
    }
}
