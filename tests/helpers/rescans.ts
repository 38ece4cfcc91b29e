/**
 * The comments the re-scan tests seed (tests/integration/rescans*.test.ts): 10,000 of them, mostly
 * clean, with a known number of each finding, and a poll that waits for a job's state.
 */
export const UID = 'api::comment.comment';
export const TOTAL = 10_000;
export const OBSCENE = (i: number) => `You are all f*cking clowns, order ${i} never came`;
const AD = (i: number) =>
  `Buy cheap followers and likes at promo-likes.xyz, 50% off today only! Code ${i}`;
const CONTACT =
  'Nobody answers the phone. My email is cara.jones@gmail.com, please contact me about the refund';
export const REPEATED =
  'The tracking page has said "label created" for nine days now, nobody answers my emails';
const CLEAN = (i: number) =>
  `Comment ${i}: the parcel came on time and the support team was kind to me.`;

/**
 * What comment `i` is: obscene every 500th (+7), advertising (+13), only an e-mail address every
 * 1,000th (+21), the rest clean (a real section is mostly clean; each finding costs an apply).
 */
export const kind = (i: number) =>
  i % 500 === 7
    ? 'obscenity'
    : i % 500 === 13
      ? 'advertising'
      : i % 1000 === 21
        ? 'contact'
        : i < 5
          ? 'duplicate'
          : 'clean';
export const textOf = (i: number) =>
  ({
    obscenity: OBSCENE(i),
    advertising: AD(i),
    contact: CONTACT,
    duplicate: REPEATED,
    clean: CLEAN(i),
  })[kind(i)];
export const EXPECTED = { obscenity: 20, advertising: 20 + 10, duplicate: 5 };
export const EXPECTED_ROWS = EXPECTED.obscenity + EXPECTED.advertising + EXPECTED.duplicate;

export const docId = (i: number) => `rescanseed${String(i).padStart(14, '0')}`;

/** Reads `read()` every `everyMs` until `done` says yes; throws after `timeoutMs`, with the last value. */
export const waitFor = async <T>(
  read: () => Promise<T>,
  done: (v: T) => boolean,
  what: string,
  timeoutMs = 120_000,
  everyMs = 50
) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
};
