package cn.anju.certificate;

/** A name holds a character the certificate font cannot draw: never print it as a blank or a box. */
public class UndrawableTextException extends IllegalStateException {

    public UndrawableTextException(int codePoint) {
        super(String.format("The certificate font cannot draw U+%04X ('%s'); the certificate was not issued",
                codePoint, new String(Character.toChars(codePoint))));
    }
}
