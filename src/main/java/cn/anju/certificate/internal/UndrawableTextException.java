package cn.anju.certificate.internal;

/** A name holds a character the certificate font cannot draw: never print it as a blank or a box. */
class UndrawableTextException extends IllegalStateException {

    UndrawableTextException(int codePoint) {
        // The code point only, never the name it came from: this message reaches logs and Cockpit.
        super(String.format("The certificate font cannot draw the character U+%04X; the certificate was not issued",
                codePoint));
    }
}
