package cn.anju.application;

/** An answer came when none was awaited: already answered, or never asked. */
public class ResponseNotExpectedException extends RuntimeException {

    public ResponseNotExpectedException(String message) {
        super(message);
    }
}
