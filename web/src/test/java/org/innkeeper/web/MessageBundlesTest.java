package org.innkeeper.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every screen is born translated: both languages have the same keys, and pages use only existing ones. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        return loadResource("/org/innkeeper/web/" + name);
    }

    private static Properties loadResource(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndRussianHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties en = load("messages.properties");
        Properties ru = load("messages_ru.properties");
        assertThat(new TreeSet<>(ru.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(en.stringPropertyNames()).allSatisfy(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
        assertThat(ru.stringPropertyNames()).allSatisfy(k -> assertThat(ru.getProperty(k)).as(k).isNotBlank());
        // Russian texts really are Russian, not copies of the English ones (a few words like "EUR" may be alike).
        long cyrillic = ru.stringPropertyNames().stream()
                .filter(k -> ru.getProperty(k).chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC))
                .count();
        assertThat(cyrillic).isGreaterThan(ru.size() * 8L / 10);
    }

    @Test
    void validationMessagesHaveTheSameKeysInBothLanguages() throws IOException {
        Properties en = loadResource("/ValidationMessages.properties");
        Properties ru = loadResource("/ValidationMessages_ru.properties");
        assertThat(new TreeSet<>(ru.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames())).isNotEmpty();
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Properties en = load("messages.properties");
        Pattern key = Pattern.compile("msg\\['([^']+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = key.matcher(Files.readString(page));
                while (m.find()) {
                    if (!en.containsKey(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * A text with placeholders goes through MessageFormat, where a lone apostrophe starts a quoted part: "the
     * guest's data ({0} ...)" came out as "the guests data ({0} ...)". Such texts write it twice (can''t), and
     * formatting them keeps the apostrophe and fills every placeholder.
     */
    @Test
    void textsWithPlaceholdersKeepTheirApostrophesAndFillThePlaceholders() throws IOException {
        Pattern placeholder = Pattern.compile("\\{\\d");
        for (String bundle : new String[] {"messages.properties", "messages_ru.properties"}) {
            Properties texts = load(bundle);
            for (String k : texts.stringPropertyNames()) {
                String text = texts.getProperty(k);
                if (!placeholder.matcher(text).find()) {
                    continue;
                }
                String formatted = new java.text.MessageFormat(text).format(new Object[] {1, 2, 3, 4, 5, 6});
                assertThat(formatted).as(bundle + " " + k).doesNotContainPattern("\\{\\d");
                assertThat(formatted.chars().filter(c -> c == '\'').count()).as(bundle + " " + k + ": apostrophes kept")
                        .isEqualTo(text.replace("''", "'").chars().filter(c -> c == '\'').count());
            }
        }
    }
}
