package cn.anju.staff;

import java.util.UUID;

/** No such document in this case (it may be another case's): the same 404 page as an unknown case. */
class DocumentNotFoundException extends RuntimeException {

    DocumentNotFoundException(UUID documentId) {
        super("No document " + documentId + " in this case");
    }
}
