package cn.anju.process;

import cn.anju.certificate.CertificateService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asynchronous with retries: a retried job finds the certificate already issued. */
@Component("issueCertificates")
class IssueCertificates implements JavaDelegate {

    private final CertificateService certificates;

    IssueCertificates(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        certificates.issueAll(ProcessVariables.of(execution).applicationId());
    }
}
