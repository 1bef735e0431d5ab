package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A department's live board (or all departments'): open requests, overdue first, and today's figures. */
public record RequestBoardView(String department, Instant at, long overdue, List<GuestRequestView> requests,
                               RequestFiguresView figures) implements Serializable {
}
