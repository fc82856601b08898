/**
 * IEEE 754 half precision. The model keeps every stored number exactly representable in 16 bits,
 * so saving it halves the size and loading it back gives the very same model.
 */

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

export function toHalfBits(value: number): number {
  f32[0] = value;
  const x = u32[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0); // Inf / NaN
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00; // overflow → Inf
  if (e <= 0) {
    if (e < -10) return sign; // underflow → ±0
    mant |= 0x800000;
    const shift = 14 - e;
    let half = mant >>> shift;
    const rest = mant & ((1 << shift) - 1);
    const mid = 1 << (shift - 1);
    if (rest > mid || (rest === mid && half & 1)) half++;
    return sign | half;
  }
  let half = (e << 10) | (mant >>> 13);
  const rest = mant & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && half & 1)) half++; // round to nearest even; may carry into the exponent
  return sign | half;
}

function decodeHalf(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >>> 10) & 0x1f;
  const mant = bits & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

/** All 65,536 half values decoded once: loading and rounding a model touch millions of them. */
const HALF_TABLE = (() => {
  const table = new Float32Array(65536);
  for (let b = 0; b < 65536; b++) table[b] = decodeHalf(b);
  return table;
})();

export function fromHalfBits(bits: number): number {
  return HALF_TABLE[bits & 0xffff]!;
}

/** The nearest half-precision value, clamped to the finite range so no weight becomes infinite. */
export function roundHalf(value: number): number {
  if (value === 0) return 0;
  const MAX = 65504;
  const clamped = value > MAX ? MAX : value < -MAX ? -MAX : value;
  return fromHalfBits(toHalfBits(clamped));
}
