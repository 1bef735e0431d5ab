package org.innkeeper.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Objects;
import org.innkeeper.domain.shared.InvalidValueException;

/** One file sent with a message (an invoice PDF): its name, content type and bytes. Immutable. */
@Embeddable
public class MailAttachment {

    /** An e-mail of more than a few megabytes is refused by many mail servers. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Column(name = "attachment_name", length = 200)
    private String fileName;

    @Column(name = "attachment_content_type", length = 100)
    private String contentType;

    @Column(name = "attachment_content")
    private byte[] content;

    protected MailAttachment() {
    }

    public MailAttachment(String fileName, String contentType, byte[] content) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 200 || fileName.matches(".*[/\\\\\\r\\n].*")) {
            throw new InvalidValueException("attachmentName", "an attachment needs a plain file name of at most 200 characters");
        }
        if (contentType == null || !contentType.matches("[\\w.+-]+/[\\w.+-]+") || contentType.length() > 100) {
            throw new InvalidValueException("contentType", "an attachment needs a content type such as application/pdf");
        }
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new InvalidValueException("attachment", "an attachment holds 1 byte to " + MAX_BYTES / 1024 / 1024 + " MB");
        }
        this.fileName = fileName.strip();
        this.contentType = contentType;
        this.content = content.clone();
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MailAttachment a && fileName.equals(a.fileName) && contentType.equals(a.contentType)
                && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, Arrays.hashCode(content));
    }
}
