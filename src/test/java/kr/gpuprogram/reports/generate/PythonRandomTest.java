package kr.gpuprogram.reports.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PythonRandom} against CPython 3.11's {@code random.Random}; the expected values were
 * printed by python3, e.g. {@code r = random.Random(20261125); print([r.random() for _ in range(3)])}.
 */
class PythonRandomTest {

    @Test
    void drawsWhatCPythonDrawsForTheSampleSeed() {
        // r = random.Random(20261125)
        PythonRandom r = new PythonRandom(20261125);
        assertThat(r.random()).isEqualTo(0.8445902684052226);
        assertThat(r.random()).isEqualTo(0.00951078768858904);
        assertThat(r.random()).isEqualTo(0.4526643869337338);
        // r.randrange(10**6), r.randrange(35, 100), r.getrandbits(1), r.getrandbits(32), r.getrandbits(40), r.getrandbits(64)
        assertThat(r.randrange(1_000_000)).isEqualTo(256837);
        assertThat(r.randrange(35, 100)).isEqualTo(39);
        assertThat(r.getrandbits(1)).isEqualTo(1);
        assertThat(r.getrandbits(32)).isEqualTo(1703867149L);
        assertThat(r.getrandbits(40)).isEqualTo(735219203797L);
        assertThat(r.getrandbits(64)).isEqualTo(Long.parseUnsignedLong("14107408565011703764"));
        // r.choice('abcde'), r.choices([1, 2, 4, 8], weights=[1, 1, 2, 10])[0], r.choices('xyz')[0]
        assertThat(r.choice(List.of("a", "b", "c", "d", "e"))).isEqualTo("a");
        assertThat(r.choices(List.of(1, 2, 4, 8), 1, 1, 2, 10)).isEqualTo(8);
        assertThat(r.choices(List.of("x", "y", "z"))).isEqualTo("y");
        // r.uniform(0.7, 0.95), r.expovariate(1 / 36000), r.randrange(1)
        assertThat(r.uniform(0.7, 0.95)).isEqualTo(0.9106925281721588);
        assertThat(r.expovariate(1 / 36000.0)).isEqualTo(2000.602412978678);
        assertThat(r.randrange(1)).isZero();
    }

    @Test
    void seedsLikeCPythonForZeroAndForSeedsOfTwoWords() {
        // random.Random(0).random()
        assertThat(new PythonRandom(0).random()).isEqualTo(0.8444218515250481);
        // r = random.Random(2**40 + 5); r.random(), r.randrange(432000)
        PythonRandom r = new PythonRandom((1L << 40) + 5);
        assertThat(r.random()).isEqualTo(0.5043802970418443);
        assertThat(r.randrange(432000)).isEqualTo(140826);
        // r = random.Random(20261126); [r.randrange(600) for _ in range(5)]
        PythonRandom next = new PythonRandom(20261126);
        long[] draws = new long[5];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = next.randrange(600);
        }
        assertThat(draws).containsExactly(486, 455, 32, 82, 298);
    }
}
