package cn.anju.intake;

import cn.anju.application.Contact;
import cn.anju.application.FamilyLanguage;
import cn.anju.application.HousingType;
import cn.anju.application.Relationship;
import cn.anju.identity.DeclaredIdentity;
import cn.anju.identity.Sex;
import cn.anju.identity.constraints.MatchesResidentId;
import cn.anju.identity.constraints.PlainText;
import cn.anju.identity.constraints.ResidentId;
import cn.anju.privacy.KnownConsentVersion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What a family submits. Field rules are annotations; rules across fields live in {@link ApplicationRules}.
 * Anju's own messages are keys of ValidationMessages(_zh_CN).properties: the portal shows them to families.
 */
@ApplicationRules.Consistent
public record ApplicationRequest(
        @NotBlank @Size(max = 64) @PlainText String city,
        @NotBlank @Size(max = 32) @PlainText String district,
        @NotNull @PastOrPresent LocalDate arrivalDate,
        @NotNull @Valid Address address,
        @NotEmpty @Size(max = 4) List<@NotNull @Valid ApplicantRequest> applicants,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid ChildRequest> children,
        @NotNull @Valid HousingRequest housing,
        @Email @Size(max = 254) @PlainText String email,
        @Pattern(regexp = "zh-CN|en", message = "{anju.application.language}") String language,
        @NotNull @Valid ConsentRequest consent) {

    /** Where the family is told about its case; without a choice, in Chinese. */
    Contact contact() {
        return new Contact(email == null || email.isBlank() ? null : email.trim(),
                FamilyLanguage.of(language));
    }

    /** The guardian's consent and declaration (PIPL art. 31), to the texts of GET /api/consent-text. */
    public record ConsentRequest(
            @NotNull @AssertTrue(message = "{anju.consent.required}") Boolean childrenData,
            @NotNull @AssertTrue(message = "{anju.consent.required}") Boolean truthDeclaration,
            @NotBlank @Size(max = 32) @KnownConsentVersion String textVersion) {
    }

    public record Address(
            @NotBlank @Size(max = 200) @PlainText String line,
            @NotBlank @Size(max = 32) @PlainText String district) {
    }

    @MatchesResidentId
    public record ApplicantRequest(
            @NotBlank @Size(max = 100) @PlainText String fullName,
            @NotBlank @ResidentId String residentId,
            @NotNull Sex sex,
            @NotNull @Past LocalDate birthDate,
            @NotBlank @Pattern(regexp = "1\\d{10}", message = "{anju.application.phone}")
            String phone,
            @NotNull Relationship relationship,
            @Pattern(regexp = "\\d{6}", message = "{anju.application.divisionCode}") String hukouDivisionCode,
            @Size(max = 200) @PlainText String employer) implements DeclaredIdentity {
    }

    /** A child's number comes from the household register booklet: no identity card is asked for. */
    @MatchesResidentId
    public record ChildRequest(
            @NotBlank @Size(max = 100) @PlainText String fullName,
            @NotBlank @ResidentId String residentId,
            @NotNull Sex sex,
            @NotNull @PastOrPresent LocalDate birthDate,
            @NotNull Boolean hasVaccinationCertificate) implements DeclaredIdentity {
    }

    public record HousingRequest(
            @NotNull HousingType type,
            @Size(max = 64) @PlainText String contractNumber,
            @Size(max = 64) @PlainText String registrationNumber,
            @Size(max = 64) @PlainText String deedNumber,
            LocalDate startDate,
            LocalDate endDate) {
    }
}
