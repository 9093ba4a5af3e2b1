package kr.gpuprogram.reports.generate;

import java.util.List;

/**
 * CPython's {@code random.Random} (3.11), draw for draw: the Mersenne Twister MT19937 seeded
 * as {@code random.seed(int)} seeds it (init_by_array over the integer's 32-bit words, least
 * significant first) and the methods the sample generator calls, each consuming the generator
 * exactly as CPython does. The sample data was first written by a Python script; this class
 * is what keeps its files byte-identical.
 */
final class PythonRandom {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int mti;

    /** {@code random.Random(seed)} for a non-negative seed (CPython seeds with its absolute value). */
    PythonRandom(long seed) {
        long n = Math.abs(seed);
        int[] key = (n >>> 32) == 0 ? new int[] {(int) n} : new int[] {(int) n, (int) (n >>> 32)};
        initByArray(key);
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < N; mti++) {
            mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
        }
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** genrand_uint32: the next 32 bits (as an int; read it unsigned). */
    private int nextWord() {
        if (mti >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            mti = 0;
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** {@code random()}: genrand_res53, a double in [0, 1) with 53 random bits. */
    double random() {
        long a = Integer.toUnsignedLong(nextWord()) >>> 5;
        long b = Integer.toUnsignedLong(nextWord()) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)} for 0 <= k <= 64, as the low k bits of a long (read k = 64 unsigned). */
    long getrandbits(int k) {
        if (k < 0 || k > 64) {
            throw new IllegalArgumentException("getrandbits(" + k + ") is not supported");
        }
        if (k == 0) {
            return 0;
        }
        if (k <= 32) {
            return Integer.toUnsignedLong(nextWord()) >>> (32 - k);
        }
        long result = 0;
        int shift = 0;
        for (int left = k; left > 0; left -= 32, shift += 32) {
            long word = Integer.toUnsignedLong(nextWord());
            if (left < 32) {
                word >>>= 32 - left;
            }
            result |= word << shift;
        }
        return result;
    }

    /** {@code _randbelow(n)}: rejection sampling with getrandbits(n.bit_length()), n > 0. */
    long randbelow(long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("empty range for randbelow(" + n + ")");
        }
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = getrandbits(k);
        while (r >= n) {
            r = getrandbits(k);
        }
        return r;
    }

    /** {@code randrange(stop)}: 0 <= r < stop. */
    long randrange(long stop) {
        return randbelow(stop);
    }

    /** {@code randrange(start, stop)}: start <= r < stop. */
    long randrange(long start, long stop) {
        if (stop <= start) {
            throw new IllegalArgumentException("empty range for randrange(" + start + ", " + stop + ")");
        }
        return start + randbelow(stop - start);
    }

    /** {@code randrange} for int bounds, as an int. */
    int randint(int start, int stop) {
        return (int) randrange(start, stop);
    }

    /** {@code choice(seq)}. */
    <T> T choice(List<T> seq) {
        if (seq.isEmpty()) {
            throw new IndexOutOfBoundsException("choice from an empty sequence");
        }
        return seq.get((int) randbelow(seq.size()));
    }

    /** {@code choices(population)[0]}: without weights, floor(random() * n). */
    <T> T choices(List<T> population) {
        return population.get((int) Math.floor(random() * (double) population.size()));
    }

    /** {@code choices(population, weights=weights)[0]}: cumulative weights and bisect_right. */
    <T> T choices(List<T> population, int... weights) {
        if (weights.length != population.size()) {
            throw new IllegalArgumentException("the number of weights does not match the population");
        }
        long[] cumulative = new long[weights.length];
        long sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        double total = (double) cumulative[cumulative.length - 1];
        if (total <= 0.0) {
            throw new IllegalArgumentException("total of weights must be greater than zero");
        }
        double x = random() * total;
        int lo = 0;
        int hi = weights.length - 1;
        while (lo < hi) {                       // bisect.bisect_right(cumulative, x, 0, hi)
            int mid = (lo + hi) >>> 1;
            if (x < cumulative[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return population.get(lo);
    }

    /** {@code uniform(a, b)}: a + (b - a) * random(). */
    double uniform(double a, double b) {
        return a + (b - a) * random();
    }

    /**
     * {@code expovariate(lambd)}: -log(1.0 - random()) / lambd. CPython calls the C library's
     * log, which is not correctly rounded and not the same on every platform (glibc 2.36 here
     * differs from the correctly rounded value on about 0.07 % of draws); {@link StrictMath#log}
     * (fdlibm) is the same on every JVM. Both are within an ulp or two, so the result may differ
     * from CPython's in its last bits (it did on 6.5 % of 300,000 draws against glibc), but the
     * generator only keeps its whole part, which such a difference changes only for a value
     * within about 1e-11 of a whole number (none of those 300,000 draws).
     */
    double expovariate(double lambd) {
        return -StrictMath.log(1.0 - random()) / lambd;
    }
}
