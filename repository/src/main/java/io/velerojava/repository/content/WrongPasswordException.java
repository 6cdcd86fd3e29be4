package io.velerojava.repository.content;

import java.io.IOException;

/** The password does not open the repository's key block (or that block was damaged). */
public class WrongPasswordException extends IOException {

    public WrongPasswordException(String message) {
        super(message);
    }
}
