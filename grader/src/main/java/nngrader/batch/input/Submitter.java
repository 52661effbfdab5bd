package nngrader.batch.input;

/**
 * One student of a submission, as Gradescope's export names them; fields it does not give are empty.
 *
 * @param name  the student's name
 * @param sid   the student id
 * @param email the student's e-mail address
 */
public record Submitter(String name, String sid, String email) {

    public Submitter {
        name = name == null ? "" : name;
        sid = sid == null ? "" : sid;
        email = email == null ? "" : email;
    }
}
