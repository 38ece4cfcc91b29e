/**
 * A small data-driven validator: one description of each setting, read by the boot-time check of
 * the file config and by the settings API alike. A failure names the field (`actions.obscenity`,
 * `targets[0].uid`) and says what to write instead. Every check is linear in its input: lengths
 * and counts are bounded before anything else looks at a value.
 */

export type Spec =
  | { t: 'bool' }
  | { t: 'int'; min: number; max: number }
  | { t: 'fraction' }
  | { t: 'enum'; values: readonly string[] }
  | { t: 'text'; max: number; optional?: boolean; check?: (value: string, ctx: Ctx) => string | null }
  | { t: 'list'; of: Spec; max: number; hint?: string; unique?: (item: unknown) => string }
  /** `loose`: keys it does not describe are left alone (else each is a problem). */
  | { t: 'object'; fields: Record<string, Spec>; hint: string; optional?: string[]; loose?: boolean }
  | { t: 'keyed'; keys: readonly string[]; of: Spec }
  | { t: 'either'; options: Spec[]; hint: string }
  | { t: 'any' };

/** What a custom check may read besides the value (e.g. the phone region). */
export interface Ctx {
  defaultPhoneRegion?: string;
}

export interface Problem {
  /** Path of the failing field, e.g. `actions.obscenity` or `allowlist[2]`. */
  field: string;
  /** A sentence naming the field and what it must be. */
  message: string;
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const show = (value: unknown) => {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (isPlainObject(value)) return 'an object';
  return String(value);
};

const problem = (field: string, sentence: string): Problem => ({ field, message: `\`${field}\` ${sentence}` });

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** The first problem of `value` against `spec`, or null. */
export const check = (spec: Spec, value: unknown, path: string, ctx: Ctx = {}): Problem | null => {
  switch (spec.t) {
    case 'any':
      return null;
    case 'bool':
      return typeof value === 'boolean' ? null : problem(path, 'must be true or false.');
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) && value >= spec.min && value <= spec.max
        ? null
        : problem(path, `must be an integer between ${spec.min} and ${spec.max} (got ${show(value)}).`);
    case 'fraction':
      return typeof value === 'number' && value > 0 && value <= 1 ? null : problem(path, 'must be a number in (0, 1].');
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value)
        ? null
        : problem(path, `must be one of ${spec.values.join(', ')} (got ${show(value)}).`);
    case 'text': {
      if (typeof value !== 'string' || value.trim() === '') return problem(path, 'must be a non-empty string.');
      if (value.length > spec.max) return problem(path, `must be at most ${spec.max} characters long.`);
      if (/[\u0000-\u001f\u007f]/.test(value)) return problem(path, 'must not contain control characters.');
      const wrong = spec.check?.(value, ctx);
      return wrong ? problem(path, wrong) : null;
    }
    case 'list': {
      if (!Array.isArray(value)) return problem(path, `must be an array of ${spec.hint ?? 'non-empty strings'}.`);
      if (value.length > spec.max) return problem(path, `must list at most ${spec.max} items (got ${value.length}).`);
      const seen = new Set<string>();
      for (let i = 0; i < value.length; i++) {
        const found = check(spec.of, value[i], join(path, i), ctx);
        if (found) return found;
        if (spec.unique) {
          const key = spec.unique(value[i]);
          if (seen.has(key)) return problem(join(path, i), `repeats ${show(key)}, listed earlier.`);
          seen.add(key);
        }
      }
      return null;
    }
    case 'object': {
      if (!isPlainObject(value)) return problem(path || 'config', `must be an object${spec.hint ? ` ${spec.hint}` : ''}.`);
      for (const key of spec.loose ? [] : Object.keys(value)) {
        if (!Object.prototype.hasOwnProperty.call(spec.fields, key)) {
          return problem(join(path, key), `is not a known field; use one of ${Object.keys(spec.fields).join(', ')}.`);
        }
      }
      for (const [key, sub] of Object.entries(spec.fields)) {
        if (value[key] === undefined) {
          if (spec.optional?.includes(key)) continue;
          return problem(join(path, key), `is required${sub.t === 'text' ? ' and must be a non-empty string' : ''}.`);
        }
        const found = check(sub, value[key], join(path, key), ctx);
        if (found) return found;
      }
      return null;
    }
    case 'keyed': {
      if (!isPlainObject(value)) return problem(path, `must be an object keyed by ${spec.keys.join(', ')}.`);
      for (const key of Object.keys(value)) {
        if (!spec.keys.includes(key)) {
          return problem(join(path, key), `is not a category; use one of ${spec.keys.join(', ')}.`);
        }
      }
      for (const key of spec.keys) {
        const found = check(spec.of, value[key], join(path, key), ctx);
        if (found) return found;
      }
      return null;
    }
    case 'either': {
      let first: Problem | null = null;
      for (const option of spec.options) {
        const found = check(option, value, path, ctx);
        if (!found) return null;
        // The problem of the option the value resembles (same kind) is the useful one.
        if (!first && (typeof value === 'string') === (option.t === 'text')) first = found;
      }
      return first ?? problem(path, `must be ${spec.hint}.`);
    }
  }
};
