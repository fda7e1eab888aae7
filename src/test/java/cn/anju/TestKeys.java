package cn.anju;

/** Keys for tests only: nodes of one test share them, as the nodes of one city do. */
public final class TestKeys {

    /** anju.personal-data.key of a test: 32 bytes, Base64. Never a real city's key. */
    public static final String PERSONAL_DATA = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    /** The command-line argument that gives a node that key (the postgres profile asks for it). */
    public static final String PERSONAL_DATA_ARG = "--ANJU_PERSONAL_DATA_KEY=" + PERSONAL_DATA;

    private TestKeys() {
    }
}
