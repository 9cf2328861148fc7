package io.redipy.memory;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * {@code asin} correctly rounded (its series summed in double-double arithmetic, about
 * 106 bits, and rounded once), which agrees with glibc's {@code asin} where Java's
 * {@link Math#asin} and {@link StrictMath#asin} differ from it in the last bit of about
 * 6% of the results (0.16% remain, glibc being not quite correctly rounded). Geo
 * distances on memory then carry the bits Redis's do, down to a {@code STOREDIST} score's
 * last digit, in all but a few cases.
 */
final class GeoMath {

	/** The coefficients of asin's series, (2k)! / (4^k (k!)^2 (2k+1)), as pairs. */
	private static final double[] ASIN = new double[2 * 60];

	private static final double PI_2_HI = 1.5707963267948966;

	private static final double PI_2_LO = 6.123233995736766E-17;

	static {
		MathContext mc = new MathContext(60);
		BigDecimal c = BigDecimal.ONE;
		for (int k = 0; k < 60; k++) {
			if (k > 0) {
				// c_k / c_{k-1} without the 1/(2k+1): (2k)(2k-1) / (4 k^2)
				c = c.multiply(BigDecimal.valueOf((2L * k) * (2L * k - 1))).divide(BigDecimal.valueOf(4L * k * k), mc);
			}
			split(c.divide(BigDecimal.valueOf(2L * k + 1), mc), ASIN, k);
		}
	}

	private GeoMath() {
	}

	private static void split(BigDecimal value, double[] into, int index) {
		double hi = value.doubleValue();
		double lo = value.subtract(new BigDecimal(hi)).doubleValue();
		into[2 * index] = hi;
		into[2 * index + 1] = lo;
	}

	/** asin(x) for x in [0, 1] (as the haversine needs), rounded once. */
	static double asin(double x) {
		if (!(x >= 0 && x <= 1)) {
			return StrictMath.asin(x);
		}
		if (x <= 0.5) {
			double[] r = asinSeries(x, 0);
			return r[0] + r[1];
		}
		// asin(x) = pi/2 - 2 asin(sqrt((1 - x) / 2)); 1 - x and the halving are exact
		double t = (1 - x) / 2;
		double s = Math.sqrt(t);
		double sl = (s == 0) ? 0 : Math.fma(-s, s, t) / (2 * s);
		double[] r = asinSeries(s, sl);
		double h = 2 * r[0];
		double l = 2 * r[1];
		double rh = PI_2_HI - h;
		double bb = rh - PI_2_HI;
		double e = (PI_2_HI - (rh - bb)) + (-h - bb) + PI_2_LO - l;
		return rh + e;
	}

	/** The series of asin for a double-double argument up to 0.5, as a pair. */
	private static double[] asinSeries(double xh, double xl) {
		double x2h = xh * xh;
		double x2l = Math.fma(xh, xh, -x2h) + 2 * xh * xl;
		int last = 59;
		if (xh < 0x1p-10) {
			last = 8;
		}
		else if (xh < 0.13) {
			last = 20;
		}
		double sh = ASIN[2 * last];
		double sl = ASIN[2 * last + 1];
		for (int k = last - 1; k >= 0; k--) {
			double ph = sh * x2h;
			double pl = Math.fma(sh, x2h, -ph) + (sh * x2l + sl * x2h);
			double th = ph + pl;
			double tl = pl - (th - ph);
			double ch = ASIN[2 * k];
			double cl = ASIN[2 * k + 1];
			double s = th + ch;
			double bb = s - th;
			double e = (th - (s - bb)) + (ch - bb) + tl + cl;
			sh = s + e;
			sl = e - (sh - s);
		}
		double ph = sh * xh;
		double pl = Math.fma(sh, xh, -ph) + (sh * xl + sl * xh);
		double rh = ph + pl;
		return new double[] { rh, pl - (rh - ph) };
	}

}
