package org.innkeeper.it.rest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The guests' mailbox for a test: an SMTP server (GreenMail) in this JVM on the port the server under
 * test sends to ({@code -Dinnkeeper.smtp.port}, see it/pom.xml), and a wait for a message to arrive.
 */
public final class GuestMail implements AutoCloseable {

    private static final int SMTP_PORT = Integer.getInteger("innkeeper.smtp.port", 2525);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final GreenMail smtp;

    private GuestMail() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    public static GuestMail start() {
        return new GuestMail();
    }

    /**
     * The first message to {@code email} whose subject starts so, once it is there (the server's sender
     * runs every few seconds), waiting at most a minute.
     */
    public MimeMessage await(String email, String subjectStart) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (addressedTo(m, email) && subject(m).startsWith(subjectStart)) {
                    return m;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for a message to " + email);
    }

    /** The plain text of a message, soft line breaks and quoted '=' of quoted-printable undone. */
    public static String text(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    private static boolean addressedTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            return "";
        }
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
