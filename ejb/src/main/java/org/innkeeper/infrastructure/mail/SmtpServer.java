package org.innkeeper.infrastructure.mail;

import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.innkeeper.domain.mail.MailAttachment;
import org.innkeeper.domain.mail.OutboxMessage;

/**
 * The server's mail session ({@code java:jboss/mail/Innkeeper}, see {@code config/src/main/cli/mail.cli}):
 * its SMTP host and port come from {@code -Dinnkeeper.smtp.host} and {@code -Dinnkeeper.smtp.port}.
 * Without {@code innkeeper.smtp.host} no server is configured and nothing is sent (the outbox keeps it).
 */
@ApplicationScoped
public class SmtpServer {

    public static final String HOST_PROPERTY = "innkeeper.smtp.host";
    /** A mail server that does not answer must not hold the sender (and its transaction) for long. */
    private static final String CONNECT_TIMEOUT_MS = "10000";
    private static final String READ_TIMEOUT_MS = "30000";

    @Resource(lookup = "java:jboss/mail/Innkeeper")
    Session serverSession;

    private Session session;
    private boolean configured;

    public SmtpServer() {
    }

    /** Outside the container (tests): this session, configured or not. */
    public SmtpServer(Session session, boolean configured) {
        this.session = withTimeouts(session);
        this.configured = configured;
    }

    @PostConstruct
    void init() {
        String host = System.getProperty(HOST_PROPERTY);
        configured = host != null && !host.isBlank();
        session = withTimeouts(serverSession);
    }

    /**
     * WildFly's smtp server has no timeout attributes, so the session's own properties (host, port,
     * from, TLS) are taken with timeouts added; a session that authenticates is kept as it is, its
     * credentials being its own.
     */
    private static Session withTimeouts(Session base) {
        Properties own = base.getProperties();
        if (Boolean.parseBoolean(own.getProperty("mail.smtp.auth")) || Boolean.parseBoolean(own.getProperty("mail.smtps.auth"))) {
            return base;
        }
        Properties props = new Properties();
        props.putAll(own);
        for (String protocol : new String[] {"smtp", "smtps"}) {
            props.putIfAbsent("mail." + protocol + ".connectiontimeout", CONNECT_TIMEOUT_MS);
            props.putIfAbsent("mail." + protocol + ".timeout", READ_TIMEOUT_MS);
            props.putIfAbsent("mail." + protocol + ".writetimeout", READ_TIMEOUT_MS);
        }
        return Session.getInstance(props);
    }

    /** Whether an SMTP server is configured at all; if not, messages wait in the outbox. */
    public boolean configured() {
        return configured;
    }

    /** Hands the message to the SMTP server; throws what the server or the connection answered. */
    public void send(OutboxMessage message, Instant at) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom();
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient(), true));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(at));
        if (message.attachment().isEmpty()) {
            mime.setText(message.body(), StandardCharsets.UTF_8.name());
        } else {
            MailAttachment file = message.attachment().get();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.body(), StandardCharsets.UTF_8.name());
            MimeBodyPart attached = new MimeBodyPart();
            attached.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
            attached.setFileName(file.fileName());
            mime.setContent(new MimeMultipart(text, attached));
        }
        mime.saveChanges();
        Transport.send(mime);
    }
}
