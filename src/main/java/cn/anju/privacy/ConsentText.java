package cn.anju.privacy;

import java.util.Map;

/** The texts a family agrees to, in each language of the portal, under the version it names. */
public record ConsentText(String version, Map<String, Texts> texts) {

    public record Texts(String childrenData, String truthDeclaration) {
    }
}
