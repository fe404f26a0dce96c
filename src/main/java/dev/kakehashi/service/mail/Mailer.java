package dev.kakehashi.service.mail;

/** Hands a mail to the mail server. */
public interface Mailer {
    /**
     * Sends {@code mail}, or says why not.
     *
     * @throws MailFailure when the server is unreachable, refused us, or refused the recipient
     */
    void send(OutgoingMail mail) throws MailFailure;

    /** A mail not sent. {@link #recipientRefused()} tells a bad address from a server that is down. */
    final class MailFailure extends Exception {
        private final boolean recipientRefused;

        public MailFailure(String message, boolean recipientRefused, Throwable cause) {
            super(message, cause);
            this.recipientRefused = recipientRefused;
        }

        /** True when the server works but will not take mail for this address. */
        public boolean recipientRefused() {
            return recipientRefused;
        }
    }
}
