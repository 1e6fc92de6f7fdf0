package org.standby.change;

/**
 * Carries a refused decision out of its (rolled back) transaction, so that the refusal can be audited in a
 * transaction of its own before the answer (a 409 or 400) goes to the client.
 */
final class Refusal extends RuntimeException {

    final long teamId;
    final RuntimeException answer;

    Refusal(long teamId, RuntimeException answer) {
        super(answer.getMessage(), answer, false, false);
        this.teamId = teamId;
        this.answer = answer;
    }
}
