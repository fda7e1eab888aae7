package cn.anju.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Nested
    class Valid {

        @ParameterizedTest
        @CsvSource({
                "11010519491231002X, 1949-12-31, F, 110105",
                "360426199101010071, 1991-01-01, M, 360426",
                "120103198806018241, 1988-06-01, F, 120103",
                "110105201905020019, 2019-05-02, M, 110105",
                "440304201709150028, 2017-09-15, F, 440304",
                "440304201709150036, 2017-09-15, M, 440304",
                "440305200002290010, 2000-02-29, M, 440305",
                "440300202611280018, 2026-11-28, M, 440300"})
        void examplesParseWithTheirBirthDateAndSex(String number, LocalDate birth, Sex sex, String division) {
            ResidentId id = ResidentId.parse(number, TODAY).orElseThrow();
            assertThat(id.birthDate()).isEqualTo(birth);
            assertThat(id.sex()).isEqualTo(sex);
            assertThat(id.divisionCode()).isEqualTo(division);
            assertThat(id.value()).isEqualTo(number);
        }

        @Test
        void aLowerCaseCheckLetterIsAcceptedAndNormalised() {
            assertThat(ResidentId.parse("11010519491231002x", TODAY).orElseThrow().value())
                    .isEqualTo("11010519491231002X");
        }

        @Test
        void historicalDivisionCodesAreNotRejected() {
            // 429001 was Suizhou's code before 2000; numbers issued then remain valid.
            String base = "42900119850607003";
            String number = base + ResidentId.checkCharacter(base);
            assertThat(ResidentId.parse(number, TODAY)).isPresent();
        }

        @Test
        void everyComputedCheckCharacterValidates() {
            String[] bases = {"11010519491231002", "36042619910101007", "12010319880601824", "44030420170915002"};
            for (String base : bases) {
                for (int sequence = 0; sequence < 10; sequence++) {
                    String withSequence = base.substring(0, 16) + sequence;
                    String number = withSequence + ResidentId.checkCharacter(withSequence);
                    assertThat(ResidentId.parse(number, TODAY)).as(number).isPresent();
                    assertThat(ResidentId.parse(number, TODAY).get().sex()).isEqualTo(sequence % 2 == 1 ? Sex.M : Sex.F);
                }
            }
        }

        @Test
        void toStringMasksTheBirthDateAndSequence() {
            assertThat(ResidentId.of("360426199101010071")).hasToString("360426********0071");
        }
    }

    @Nested
    class Invalid {

        @ParameterizedTest
        @CsvSource({
                "360426199101010072, wrong check character",
                "11010519491231002Y, last character",
                "1101051949123100, 18 characters",
                "1101051949123100211, 18 characters",
                "11010519491331002X, real birth date",
                "11010519490230002X, real birth date",
                "440305190102290011, real birth date",
                "11010520991231002X, future",
                "11010518491231002X, before 1850",
                "11010A19491231002X, digits",
                "１１０１０５１９４９１２３１００２X, digits",
                "' 11010519491231002', digits"})
        void areRefusedWithTheReason(String number, String reason) {
            assertThat(ResidentId.parse(number, TODAY)).isEmpty();
            assertThat(ResidentId.problem(number, TODAY)).contains(reason);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "X", "XXXXXXXXXXXXXXXXXX"})
        void emptyOrNonsenseIsRefused(String number) {
            assertThat(ResidentId.parse(number, TODAY)).isEmpty();
        }

        @Test
        void everySingleDigitChangeIsCaught() {
            String valid = "120103198806018241";
            for (int position = 0; position < 17; position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit == valid.charAt(position)) {
                        continue;
                    }
                    String changed = valid.substring(0, position) + digit + valid.substring(position + 1);
                    if (ResidentId.problem(changed, TODAY) == null) {
                        throw new AssertionError("accepted " + changed);
                    }
                }
            }
        }

        @Test
        void ofThrowsWithTheReason() {
            assertThatThrownBy(() -> ResidentId.of("360426199101010072"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("check character");
        }
    }
}
