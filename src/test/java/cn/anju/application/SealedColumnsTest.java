package cn.anju.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anju.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealing is authenticated encryption bound to its column; lookups find the same number however written. */
class SealedColumnsTest {

    private static final String ID = "360426199101010071";

    @Test
    void aSealedNumberOpensAgainAndNeverShowsInTheStoredText() throws Exception {
        var columns = new SealedColumns(new PersonalDataProperties(TestKeys.PERSONAL_DATA, null, false));
        String once = columns.seal("resident_id", ID);
        String twice = columns.seal("resident_id", ID);

        assertThat(once).startsWith("v1:").doesNotContain(ID).isNotEqualTo(twice);
        assertThat(columns.open("resident_id", once)).isEqualTo(ID);
        assertThat(columns.open("resident_id", twice)).isEqualTo(ID);
    }

    @Test
    void aValueMovedToAnotherColumnOrChangedDoesNotOpen() throws Exception {
        var columns = new SealedColumns(new PersonalDataProperties(TestKeys.PERSONAL_DATA, null, false));
        String sealed = columns.seal("resident_id", ID);
        char[] tampered = sealed.toCharArray();
        tampered[10] = tampered[10] == 'A' ? 'B' : 'A';

        assertThatThrownBy(() -> columns.open("phone", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> columns.open("resident_id", new String(tampered)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLookupHashIsKeyedAndCaseBlind() throws Exception {
        var columns = new SealedColumns(new PersonalDataProperties(TestKeys.PERSONAL_DATA, null, false));
        var otherKey = new SealedColumns(new PersonalDataProperties(
                java.util.Base64.getEncoder().encodeToString(new byte[32]), null, false));

        assertThat(columns.lookupHash("11010519491231002x")).isEqualTo(columns.lookupHash("11010519491231002X"))
                .hasSize(64).doesNotContain("110105");
        assertThat(columns.lookupHash(ID)).isNotEqualTo(otherKey.lookupHash(ID));
    }

    @Test
    void aDevelopmentKeyIsCreatedOnceOwnerOnlyAndProductionNeverCreatesOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("personal-data.key");
        String sealed = new SealedColumns(new PersonalDataProperties(null, file, true)).seal("phone", "13800138000");

        assertThat(new SealedColumns(new PersonalDataProperties(null, file, true)).open("phone", sealed))
                .isEqualTo("13800138000");
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThatThrownBy(() -> new SealedColumns(new PersonalDataProperties(null, dir.resolve("none.key"), false)))
                .hasMessageContaining("No personal-data key");
    }
}
