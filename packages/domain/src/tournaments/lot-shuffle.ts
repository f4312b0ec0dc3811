/**
 * A computer-drawn lot that anyone can repeat: the organizer records a lot number (e.g. read out
 * at the draw ceremony), and the same number always gives the same order. It stands in for
 * shuffling slips in a bowl; it is not meant to resist someone who picks the number on purpose.
 */
export function shuffleByLotNumber<T>(items: readonly T[], lotNumber: number): T[] {
  if (!Number.isInteger(lotNumber) || lotNumber < 0 || lotNumber > 0xffffffff) {
    throw new RangeError(`lot number ${lotNumber} is not a whole number from 0 to 4294967295`);
  }
  const next = mulberry32(lotNumber);
  const shuffled = [...items];
  // Fisher–Yates: every order equally likely for a uniform generator.
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other] as T, shuffled[index] as T];
  }
  return shuffled;
}

/** Mulberry32: a small, well-known 32-bit generator, written out so its output never changes. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
