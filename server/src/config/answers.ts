/** Options of the answering-negativity workflows (issue #12): suspected fakes and public replies. */

export interface FakesConfig {
  /** Details asked for besides the order number and purchase date: a field name, or `{ name, label }`. */
  fields: Array<string | { name: string; label: string }>;
  /** Days the author has to answer. */
  deadlineDays: number;
  /** The site's answer page, with `{token}` (and `{id}`, the request) where they go; unset: the e-mail gives the API address. */
  answerUrl?: string;
  /** Answer attempts per token and per IP address within `windowMs` (counted in the database). */
  rateLimit: { perToken: number; perIp: number; windowMs: number };
  /** How often a node looks for requests past their deadline; 0 disables the timer (tests drive it). */
  sweepIntervalMs: number;
}

/** Who the brand's public replies are posted as (a comment in the target's thread); unset: kept on the record. */
export interface RepliesConfig {
  /** Value of the target's author field (e.g. the brand's e-mail address). */
  author?: string;
  /** Value of the target's author-name field. */
  authorName?: string;
}

export const fakesDefaults: FakesConfig = {
  fields: [],
  deadlineDays: 3,
  rateLimit: { perToken: 5, perIp: 30, windowMs: 900_000 },
  sweepIntervalMs: 600_000,
};

const isPlainObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

const checkInt = (fail: (m: string) => never, value: unknown, path: string, min: number, max: number) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(`\`${path}\` must be an integer between ${min} and ${max} (got ${JSON.stringify(value)}).`);
  }
};

/** A field's name and label (the label defaults to the name). */
export const fieldOf = (field: string | { name: string; label: string }) =>
  typeof field === 'string' ? { name: field, label: field } : field;

export const validateAnswers = (c: Record<string, any>, fail: (m: string) => never) => {
  const f = c.fakes;
  if (!isPlainObject(f)) fail('`fakes` must be an object.');
  if (!Array.isArray(f.fields) || f.fields.length > 10) fail('`fakes.fields` must be a list of at most 10 fields.');
  const names = new Set<string>(['orderNumber', 'purchaseDate']);
  f.fields.forEach((field: unknown, i: number) => {
    const name = typeof field === 'string' ? field : isPlainObject(field) ? field.name : undefined;
    if (typeof name !== 'string' || !FIELD_NAME.test(name)) {
      fail(`\`fakes.fields[${i}]\` must be a field name (a letter, then letters, digits or _) or { name, label }.`);
    }
    if (isPlainObject(field) && (typeof field.label !== 'string' || !field.label.trim() || field.label.length > 100)) {
      fail(`\`fakes.fields[${i}].label\` must be a text of at most 100 characters.`);
    }
    if (names.has(name as string)) fail(`\`fakes.fields[${i}]\` "${name}" is asked already.`);
    names.add(name as string);
  });
  checkInt(fail, f.deadlineDays, 'fakes.deadlineDays', 1, 90);
  if (f.answerUrl !== undefined && (typeof f.answerUrl !== 'string' || !f.answerUrl.includes('{token}'))) {
    fail('`fakes.answerUrl` must be a URL with `{token}` in it (and `{id}` for the request).');
  }
  if (!isPlainObject(f.rateLimit)) fail('`fakes.rateLimit` must be an object { perToken, perIp, windowMs }.');
  checkInt(fail, f.rateLimit.perToken, 'fakes.rateLimit.perToken', 1, 1000);
  checkInt(fail, f.rateLimit.perIp, 'fakes.rateLimit.perIp', 1, 100_000);
  checkInt(fail, f.rateLimit.windowMs, 'fakes.rateLimit.windowMs', 1_000, 86_400_000);
  checkInt(fail, f.sweepIntervalMs, 'fakes.sweepIntervalMs', 0, 86_400_000);

  if (!isPlainObject(c.replies)) fail('`replies` must be an object { author?, authorName? }.');
  for (const key of ['author', 'authorName']) {
    const v = c.replies[key];
    if (v !== undefined && (typeof v !== 'string' || !v.trim() || v.length > 255)) {
      fail(`\`replies.${key}\` must be a non-empty text of at most 255 characters.`);
    }
  }
};
