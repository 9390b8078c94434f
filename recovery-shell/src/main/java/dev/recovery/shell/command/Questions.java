package dev.recovery.shell.command;

import java.util.List;

/** How a command asks the runner something in the REPL, one question at a time. */
interface Questions {

    /**
     * @param question what to ask
     * @param choices the allowed answers, as the library's ids
     * @return the chosen answer
     */
    String choose(String question, List<String> choices);

    /**
     * @param question what to ask
     * @return the typed answer, possibly blank
     */
    String ask(String question);

    /**
     * @param question a yes/no question whose default is no
     * @return the answer
     */
    boolean confirm(String question);

    /** @param message a one-line complaint about the last answer, before asking again */
    void complain(String message);
}
