package org.innkeeper.domain.complaint;

/** Open until the desk resolves it; closed once the guest was followed up. A resolved one can be reopened. */
public enum ComplaintStatus {
    OPEN, RESOLVED, CLOSED
}
