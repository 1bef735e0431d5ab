package org.innkeeper.application.dto;

import java.io.Serializable;

/** A report rendered as a file to download. */
public record ReportDocument(String fileName, String mediaType, byte[] content) implements Serializable {
}
