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
}
