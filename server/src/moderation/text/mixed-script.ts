/**
 * Words and links written in look-alike letters of another script (`Теlegram`, `Кpиптa`,
 * `т.ме/spam`, `gmаil.com`), folded to their majority script in the advertising view. Both
 * passes keep the length, so offsets stay as they are.
 */
import * as chars from './chars';
import * as lookalike from './lookalike';

// Bound once: a call through a module's export object costs a property read per character.
const { codesToString, isLatin, isLinkChar } = chars;
const { TO_CYRILLIC, TO_LATIN } = lookalike;

const enum Script {
  Other = 0,
  Latin = 1,
  Cyrillic = 2,
  Greek = 3,
}

function scriptOf(code: number): Script {
  if (isLatin(code) || (code >= 0x41 && code <= 0x5a)) return Script.Latin;
  if (code >= 0x400 && code <= 0x52f) return Script.Cyrillic;
  if (code >= 0x370 && code <= 0x3ff) return Script.Greek;
  return Script.Other;
}

function isWordChar(code: number): boolean {
  return scriptOf(code) !== Script.Other || (code >= 0x30 && code <= 0x39);
}

export function foldMixedScriptWords(s: string, mixed: Array<{ from: number; to: number }>): string {
  let codes: Uint16Array | null = null;
  const len = s.length;
  let i = 0;
  while (i < len) {
    if (!isWordChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let lat = 0;
    let cyr = 0;
    let grk = 0;
    while (j < len) {
      const c = s.charCodeAt(j);
      const sc = scriptOf(c);
      if (sc === Script.Latin) lat++;
      else if (sc === Script.Cyrillic) cyr++;
      else if (sc === Script.Greek) grk++;
      else if (!(c >= 0x30 && c <= 0x39)) break;
      j++;
    }
    const scripts = (lat > 0 ? 1 : 0) + (cyr > 0 ? 1 : 0) + (grk > 0 ? 1 : 0);
    if (scripts > 1) {
      if (!codes) {
        codes = new Uint16Array(len);
        for (let k = 0; k < len; k++) codes[k] = s.charCodeAt(k);
      }
      const toLatin = lat >= cyr + grk || (grk > 0 && cyr === 0);
      let changed = false;
      for (let k = i; k < j; k++) {
        const c = codes[k];
        const sc = scriptOf(c);
        if (toLatin && sc !== Script.Latin) {
          const m = TO_LATIN[c];
          if (m) {
            codes[k] = m;
            changed = true;
          }
        } else if (!toLatin && sc === Script.Latin) {
          const m = c < 0x80 ? TO_CYRILLIC[c] : 0;
          if (m) {
            codes[k] = m;
            changed = true;
          }
        }
      }
      if (changed) mixed.push({ from: i, to: j });
    }
    i = j;
  }
  return codes ? codesToString(codes, len) : s;
}

function isSegmentBreak(c: number): boolean {
  return c === 0x2e || c === 0x2f || c === 0x40 || c === 0x3a;
}

/**
 * A link or handle written partly in look-alike letters of another script (`т.ме/spam`,
 * `spam@gmаil.com`): inside a run of letters, digits and `. / @ : _ -` that has a `.`, `/` or
 * `@` and mostly Latin letters, Cyrillic and Greek look-alikes are read as Latin.
 */
export function foldLinkTokens(s: string, mixed: Array<{ from: number; to: number }>): string {
  let codes: Uint16Array | null = null;
  const len = s.length;
  let i = 0;
  while (i < len) {
    const c0 = s.charCodeAt(i);
    if (!isWordChar(c0) && !isLinkChar(c0)) {
      i++;
      continue;
    }
    let j = i;
    let lat = 0;
    let other = 0;
    let punct = 0;
    while (j < len) {
      const c = s.charCodeAt(j);
      const sc = scriptOf(c);
      if (sc === Script.Latin) lat++;
      else if (sc === Script.Cyrillic || sc === Script.Greek) other++;
      else if (c === 0x2e || c === 0x2f || c === 0x40) punct++;
      else if (!isLinkChar(c)) break;
      j++;
    }
    if (punct > 0 && other > 0 && lat > other) {
      // Segments between . / @ : — a mixed one (gmаil) is folded; one wholly in look-alikes
      // (т, ме) only when no segment of the host is Latin (т.ме/spam, not см.spam-site.xyz)
      let hostHasLatin = false;
      for (let q = i; q < j && !hostHasLatin; ) {
        let r = q;
        let sl = 0;
        let so = 0;
        while (r < j && !isSegmentBreak(s.charCodeAt(r))) {
          const sc = scriptOf(s.charCodeAt(r));
          if (sc === Script.Latin) sl++;
          else if (sc === Script.Cyrillic || sc === Script.Greek) so++;
          r++;
        }
        if (sl > 0 && so === 0) hostHasLatin = true;
        if (r < j && s.charCodeAt(r) === 0x2f) break; // the host ends at the first '/'
        q = r + 1;
      }
      let changed = false;
      let q = i;
      while (q < j) {
        let r = q;
        let sl = 0;
        let so = 0;
        while (r < j && !isSegmentBreak(s.charCodeAt(r))) {
          const sc = scriptOf(s.charCodeAt(r));
          if (sc === Script.Latin) sl++;
          else if (sc === Script.Cyrillic || sc === Script.Greek) so++;
          r++;
        }
        if (so > 0 && (sl > 0 || !hostHasLatin)) {
          for (let k = q; k < r; k++) {
            const m = TO_LATIN[s.charCodeAt(k)];
            if (!m || scriptOf(s.charCodeAt(k)) === Script.Latin) continue;
            if (!codes) {
              codes = new Uint16Array(len);
              for (let t = 0; t < len; t++) codes[t] = s.charCodeAt(t);
            }
            codes[k] = m;
            changed = true;
          }
        }
        q = r + 1;
      }
      if (changed) mixed.push({ from: i, to: j });
    }
    i = j > i ? j : i + 1;
  }
  return codes ? codesToString(codes, len) : s;
}
