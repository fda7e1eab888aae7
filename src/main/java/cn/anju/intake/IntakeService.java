package cn.anju.intake;

import cn.anju.application.Applicant;
import cn.anju.application.Application;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.ApplicationSubmitted;
import cn.anju.application.CaseLog;
import cn.anju.application.Child;
import cn.anju.application.District;
import cn.anju.application.Housing;
import cn.anju.application.Stage;
import cn.anju.privacy.Consent;
import cn.anju.privacy.Consents;
import cn.anju.security.AnjuUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a validated application in one transaction and announces it. The Idempotency-Key row is
 * written in that same transaction, so of two concurrent submissions with one key exactly one
 * commits; the other waits for it and answers with the winner's application.
 */
@Service
public class IntakeService {

    private static final char[] REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final long WAIT_FOR_WINNER_MS = 2_000;

    private final ApplicationRepository applications;
    private final IdempotencyKeys keys;
    private final CaseLog caseLog;
    private final Consents consents;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public IntakeService(ApplicationRepository applications, IdempotencyKeys keys, CaseLog caseLog,
                         Consents consents, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.applications = applications;
        this.keys = keys;
        this.caseLog = caseLog;
        this.consents = consents;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The outcome of a submission: the application, and whether this call created it. */
    public record Submission(UUID applicationId, String reference, ApplicationStatus status, boolean created) {
    }

    public Submission submit(AnjuUser applicant, String idempotencyKey, ApplicationRequest request) {
        UUID owner = applicant.accountId();
        String requestHash = RequestFingerprint.of(request);
        Optional<Submission> earlier = earlierSubmission(owner, idempotencyKey, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return transaction.execute(status -> create(owner, applicant.username(), idempotencyKey, requestHash,
                    request));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            return awaitWinner(owner, idempotencyKey, requestHash, raced);
        }
    }

    private Optional<Submission> earlierSubmission(UUID owner, String key, String requestHash) {
        return keys.find(owner, key).map(found -> {
            if (!found.requestHash().equals(requestHash)) {
                throw new IdempotencyKeyReusedException(key);
            }
            Application application = applications.findById(found.applicationId()).orElseThrow();
            return new Submission(application.id(), application.reference(), application.status(), false);
        });
    }

    private Submission awaitWinner(UUID owner, String key, String requestHash, RuntimeException raced) {
        // A timeout, not a date: the monotonic timer, which a test's fixed Clock must not stop.
        long giveUpAt = System.nanoTime() + WAIT_FOR_WINNER_MS * 1_000_000L;
        while (System.nanoTime() - giveUpAt < 0) {
            Optional<Submission> winner = earlierSubmission(owner, key, requestHash);
            if (winner.isPresent()) {
                return winner.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw raced;
    }

    private Submission create(UUID owner, String actor, String key, String requestHash, ApplicationRequest request) {
        Application application = toApplication(owner, request);
        applications.insert(application);
        applications.recordContact(application.id(), request.contact());
        keys.insert(owner, key, requestHash, application.id());
        var given = request.consent();
        consents.record(application.id(), new Consent(given.childrenData(), given.truthDeclaration(),
                given.textVersion(), owner, application.submittedAt()));
        caseLog.submitted(application.id(), actor);
        events.publishEvent(new ApplicationSubmitted(application.id(), application.reference(),
                application.district()));
        return new Submission(application.id(), application.reference(), application.status(), true);
    }

    private Application toApplication(UUID owner, ApplicationRequest r) {
        var applicants = r.applicants().stream().map(a -> new Applicant(UUID.randomUUID(), a.fullName().trim(),
                a.residentId().toUpperCase(), a.sex(), a.birthDate(), a.phone(), a.relationship(),
                a.hukouDivisionCode(), a.employer())).toList();
        var children = r.children().stream().map(c -> new Child(UUID.randomUUID(), c.fullName().trim(),
                c.residentId().toUpperCase(), c.sex(), c.birthDate(), c.hasVaccinationCertificate(),
                Child.Placement.NONE)).toList();
        var h = r.housing();
        var housing = new Housing(h.type(), h.contractNumber(), h.registrationNumber(), h.deedNumber(),
                h.startDate(), h.endDate());
        return new Application(UUID.randomUUID(), newReference(), owner, District.CITY,
                District.parse(r.district()).orElseThrow(), r.arrivalDate(), r.address().line().trim(),
                District.parse(r.address().district()).orElseThrow(), ApplicationStatus.SUBMITTED, Stage.SUBMITTED,
                null, null, Instant.now(clock), null, applicants, children, housing);
    }

    /** AJ-2026-XXXXXXXX: short enough to read out on the phone, random so that it reveals no volume. */
    private String newReference() {
        StringBuilder reference = new StringBuilder("AJ-").append(LocalDate.now(clock).getYear()).append('-');
        for (int i = 0; i < 8; i++) {
            reference.append(REFERENCE_ALPHABET[random.nextInt(REFERENCE_ALPHABET.length)]);
        }
        return reference.toString();
    }
}
