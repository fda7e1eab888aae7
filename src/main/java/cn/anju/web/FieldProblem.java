package cn.anju.web;

/** One bad field of a request, named by its path in the JSON body: "children[0].residentId". */
public record FieldProblem(String field, String message) {
}
