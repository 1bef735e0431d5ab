package org.innkeeper.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MixAndOptionsTest {

    @Test
    void aMixIsSearchColonBooking() {
        assertThat(Mix.parse("80:20")).isEqualTo(new Mix(80, 20));
        assertThat(Mix.parse(" 100 : 0 ")).isEqualTo(new Mix(100, 0));
        assertThat(Mix.parse("0:1")).isEqualTo(new Mix(0, 1));
        for (String bad : new String[] {"80", "80:20:1", "a:b", "-1:5", "0:0", "", ":"}) {
            assertThatThrownBy(() -> Mix.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("search:booking");
        }
    }

    @Test
    void operationsComeInTheMixsProportion() {
        SplittableRandom random = new SplittableRandom(1);
        Mix mix = new Mix(80, 20);
        int searches = 0;
        for (int i = 0; i < 100_000; i++) {
            if (mix.next(random) == Operation.SEARCH) {
                searches++;
            }
        }
        assertThat(searches).isBetween(79_000, 81_000);
        assertThat(new Mix(0, 5).next(random)).isEqualTo(Operation.BOOKING);
        assertThat(new Mix(5, 0).next(random)).isEqualTo(Operation.SEARCH);
    }

    @Test
    void defaultsAndEveryOption() {
        Options d = Options.parse();
        assertThat(d.url()).isEqualTo(URI.create("http://localhost:8280"));
        assertThat(d.mixes()).containsExactly(new Mix(80, 20));
        assertThat(d.clients()).isEqualTo(16);
        assertThat(d.floor()).isFalse();
        Options o = Options.parse("--url", "http://host:9000/", "--api-key", "k", "--staff", "u:p:w", "--clients", "4",
                "--duration", "30s", "--requests", "1000", "--mix", "100:0,0:100,80:20", "--warmup", "5",
                "--seed", "-7", "--from", "2027-03-01", "--report", "out.txt", "--floor", "yes");
        assertThat(o.url()).isEqualTo(URI.create("http://host:9000"));
        assertThat(o.apiKey()).isEqualTo("k");
        assertThat(o.staffUser()).isEqualTo("u");
        assertThat(o.staffPassword()).isEqualTo("p:w");
        assertThat(o.clients()).isEqualTo(4);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.requests()).isEqualTo(1000);
        assertThat(o.mixes()).isEqualTo(List.of(new Mix(100, 0), new Mix(0, 100), new Mix(80, 20)));
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.seed()).isEqualTo(-7);
        assertThat(o.from()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(o.report()).hasToString("out.txt");
        assertThat(o.floor()).isTrue();
    }

    @Test
    void badOptionsAreRefusedByName() {
        assertThatThrownBy(() -> Options.parse("--clients", "0")).hasMessageContaining("--clients");
        assertThatThrownBy(() -> Options.parse("--clients", "many")).hasMessageContaining("--clients");
        assertThatThrownBy(() -> Options.parse("--duration")).hasMessageContaining("--duration needs a value");
        assertThatThrownBy(() -> Options.parse("--mix", "80:20,x")).hasMessageContaining("--mix");
        assertThatThrownBy(() -> Options.parse("--url", "ftp://x")).hasMessageContaining("--url");
        assertThatThrownBy(() -> Options.parse("--from", "2027-02-30")).hasMessageContaining("--from");
        assertThatThrownBy(() -> Options.parse("--staff", "nopassword")).hasMessageContaining("--staff");
        assertThatThrownBy(() -> Options.parse("--floor", "maybe")).hasMessageContaining("--floor must be yes or no");
        assertThatThrownBy(() -> Options.parse("--speed", "1")).hasMessageContaining("unknown option --speed");
        assertThatThrownBy(() -> Options.parse("clients")).hasMessageContaining("expected an option");
    }
}
