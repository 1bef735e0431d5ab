package org.innkeeper.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements the server sends for one operation, read from a resource file (rawsql/*.sql) so that
 * a re-capture changes only that file. The grammar, kept small on purpose:
 * <ul>
 * <li>a statement ends with {@code ;} at the end of a line; {@code commit;} commits;</li>
 * <li>{@code :name} or {@code :result.column} is a value the driver binds (a prepared statement's
 * {@code ?}); {@code ::} casts are left alone;</li>
 * <li>a line {@code -- @directive args} just above a statement says what to do with it (see
 * {@link Kind}); any other {@code --} line is a comment.</li>
 * </ul>
 */
record RawSqlScript(String name, List<Statement> statements) {

    /** What the driver does with a statement. */
    enum Kind {
        /** Executes it and reads every row (as the server does), keeping nothing. */
        PLAIN,
        /** Commits the transaction. */
        COMMIT,
        /** {@code @row NAME}: keeps the first row, if any, as {@code NAME.column}. */
        ROW,
        /** {@code @rows NAME}: keeps every row as {@code NAME}. */
        ROWS,
        /** {@code @each NAME}: runs once per row kept as {@code NAME} (one JDBC batch), binding its columns. */
        EACH,
        /** {@code @expect VALUE}: the update count must equal the value, else the operation is refused. */
        EXPECT,
        /** {@code @id NAME SEQUENCE}: {@code NAME.id} is a new id from the sequence (pooled, as Hibernate's). */
        ID,
        /** {@code @create NAME SEQUENCE}: only when {@code @row NAME} found nothing; {@code NAME.id} as for ID. */
        CREATE
    }

    /** One statement: its SQL with {@code ?} for each parameter, in order, and what to do with it. */
    record Statement(String sql, List<String> parameters, Kind kind, String target, String sequence) {
    }

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([a-z_][a-z0-9_]*(?:\\.[a-z_][a-z0-9_]*)?)");

    static RawSqlScript load(String resource) {
        try (InputStream in = RawSqlScript.class.getResourceAsStream("/rawsql/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource rawsql/" + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read rawsql/" + resource, e);
        }
    }

    static RawSqlScript parse(String name, String text) {
        List<Statement> statements = new ArrayList<>();
        String[] directive = null;
        StringBuilder sql = new StringBuilder();
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            String trimmed = line.trim();
            if (sql.isEmpty() && trimmed.startsWith("-- @")) {
                if (directive != null) {
                    throw new IllegalArgumentException(name + ":" + lineNumber + ": one directive per statement");
                }
                directive = trimmed.substring(4).trim().split("\\s+");
                continue;
            }
            if (sql.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("--"))) {
                continue;
            }
            sql.append(sql.isEmpty() ? "" : "\n").append(line);
            if (trimmed.endsWith(";")) {
                statements.add(statement(name + ":" + lineNumber, sql.substring(0, sql.lastIndexOf(";")).trim(), directive));
                sql.setLength(0);
                directive = null;
            }
        }
        if (!sql.isEmpty() || directive != null) {
            throw new IllegalArgumentException(name + ": the last statement does not end with ';'");
        }
        return new RawSqlScript(name, List.copyOf(statements));
    }

    private static Statement statement(String where, String text, String[] directive) {
        List<String> parameters = new ArrayList<>();
        Matcher m = PARAMETER.matcher(text);
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            parameters.add(m.group(1));
            m.appendReplacement(sql, "?");
        }
        m.appendTail(sql);
        if (text.equalsIgnoreCase("commit")) {
            return new Statement("commit", List.of(), Kind.COMMIT, null, null);
        }
        if (directive == null) {
            return new Statement(sql.toString(), List.copyOf(parameters), Kind.PLAIN, null, null);
        }
        Kind kind;
        try {
            kind = Kind.valueOf(directive[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown directive @" + directive[0]);
        }
        int args = kind == Kind.ID || kind == Kind.CREATE ? 2 : kind == Kind.PLAIN || kind == Kind.COMMIT ? -1 : 1;
        if (directive.length - 1 != args) {
            throw new IllegalArgumentException(where + ": @" + directive[0] + " takes " + args + " argument(s)");
        }
        return new Statement(sql.toString(), List.copyOf(parameters), kind, directive[1], args == 2 ? directive[2] : null);
    }
}
