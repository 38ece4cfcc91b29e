/**
 * Checks of one candidate hit: word boundaries per term mode (root / head / stem after
 * word-formation prefixes / whole word), run lengths (as ≠ ass), joined-word rules and clean-word
 * exceptions (Scunthorpe, бляха); a hit that passes is widened to the word as posted.
 */
import * as m_normalize from '../normalize';
import type { CompiledView } from './build';
import * as m_buffers from './buffers';
import type { State, Stream } from './buffers';

// module-local bindings (hot loops: no cross-module accessor per use)
const { MASK } = m_normalize;
const { F_JOIN, F_PIECE, MAX_EXTEND } = m_buffers;

const CYR_VOWELS = new Set([0x430, 0x435, 0x438, 0x43e, 0x443, 0x44b, 0x44d, 0x44e, 0x44f, 0x44c]);

export function check(st: State, S: Stream, V: CompiledView, entryId: number, start: number, end: number, seps: number, runs: Uint16Array | null, masked: boolean): void {
  if (start < 0) return;
  st.lastWork += end - start + 1;
  const ta = S.tok[start];
  const tb = S.tok[end - 1];
  if (ta < 0 || tb < 0) return;
  if (ta !== tb && seps === 0) return;
  const entry = st.c.entries[entryId];
  // joined words: the hit must begin at a piece start and cross a join
  if (S.tJoined[ta]) {
    if (!(S.flags[start] & F_PIECE)) return;
    let crosses = false;
    for (let k = start + 1; k < end; k++) {
      if (S.flags[k] & F_JOIN) {
        crosses = true;
        break;
      }
    }
    if (!crosses) return;
  }
  let mode = entry.mode;
  if (S.tMixed[ta] && (mode === 'head' || mode === 'stem')) mode = 'root';
  const cs = S.cStart[ta];
  // a hit may run into trailing symbols (бл@) but starts in leading ones only for longer
  // terms written with @ or $ (@sshole), not for (nm) → cnm
  if (start < cs) {
    if (end - start < 5 || mode === 'word') return;
    for (let k = start; k < cs; k++) {
      const c = st.codes[S.bpos[k]];
      if (c !== 0x40 && c !== 0x24) return;
    }
  }
  if (mode === 'word') {
    if (S.tJoined[ta] && ta === tb) {
      // letters split by separators: short words must be the whole joined word (s-b);
      // longer ones may be one of its parts (a d i c k)
      const len = end - start;
      const whole = start <= cs && end >= S.cEnd[tb];
      if (!whole && (len < 4 || !(end >= S.cEnd[tb] || S.flags[end] & F_PIECE))) return;
    } else if (start > cs || end < S.cEnd[tb]) {
      noteGlued(st, S, ta, tb, entryId, start, end);
      return;
    }
  } else if (!S.tJoined[ta]) {
    // (in joined words every piece start is a word start: the hit already begins at one)
    if (mode === 'head') {
      if (start > cs) {
        noteGlued(st, S, ta, tb, entryId, start, end);
        return;
      }
    } else if (mode === 'stem') {
      if (start > cs && !prefixOk(S, V, cs, start, entry.iotated)) return;
    }
  }
  if (runs) {
    // short terms: a doubled letter is a different word (as/ass, cook/cok, assess/asses);
    // three or more is stretching (asss, fuuuck)
    const run = S.run;
    for (let k = 0; k < runs.length; k++) {
      const r = run[start + k];
      if (r < runs[k] || (r === 2 && runs[k] === 1 && mode === 'word')) return;
    }
  }
  if (!masked && excepted(st, S, entryId, end, ta, tb)) return;
  // show the whole word as posted (хуйня, not хуй); in joined words, the hit and the
  // single letters around it (н.а.х.у.й, f u c k e d), not the neighbouring words
  let ws = Math.min(start, cs);
  let we = Math.max(end, S.cEnd[tb]);
  if (S.tJoined[ta]) {
    ws = start;
    we = end;
    const te = S.cEnd[tb];
    const fl = S.flags;
    // bounded, so that a megabyte of spaced letters stays linear
    const weMax = Math.min(te, end + MAX_EXTEND);
    while (we < weMax && (!(fl[we] & F_PIECE) || we + 1 >= te || fl[we + 1] & F_PIECE)) we++;
    const ts = Math.max(S.cStart[ta], start - MAX_EXTEND);
    while (ws > ts && fl[ws] & F_PIECE && fl[ws - 1] & F_PIECE) ws--;
    st.lastWork += we - end + (start - ws);
  }
  // a root term inside a longer plain Latin word (glasshit): kept only if the word has no clean split
  const partial = entry.mode === 'root' && S === st.lat && !S.tJoined[ta] && !S.tMixed[ta] && ta === tb && start > cs && entry.lang === 'en';
  if (partial) st.partial = true;
  st.hits.push({ start: S.bpos[ws], end: S.bend[we - 1], entry: entryId, tok: partial ? ta : -1 });
}


/** Is the hit sym[.., end) inside one of the entry's clean words (Scunthorpe)? */
function excepted(st: State, S: Stream, entryId: number, end: number, ta: number, tb: number): boolean {
  const entry = st.c.entries[entryId];
  if (!entry.exceptions.length) return false;
  const sym = S.sym;
  const lo = S.tStart[ta];
  const hi = S.tEnd[tb];
  st.lastWork += entry.exceptions.length;
  for (const ex of entry.exceptions) {
    const es = end - ex.endOff;
    const ee = es + ex.codes.length;
    if (es < lo || ee > hi) continue;
    // a clean word that must end the word as posted (e-bank, not ebanko)
    if (ex.atEnd && ee !== hi && ee !== S.cEnd[tb]) continue;
    let eq = true;
    for (let k = 0; k < ex.codes.length; k++) {
      if (sym[es + k] !== ex.codes.charCodeAt(k)) {
        eq = false;
        break;
      }
    }
    if (eq) return true;
  }
  return false;
}

/** A compound stem inside a longer plain Latin word (asshat, dickbrain): a candidate for splitting. */
function noteGlued(st: State, S: Stream, ta: number, tb: number, entryId: number, start: number, end: number): void {
  if (!st.segment || S !== st.lat || ta !== tb || S.tMixed[ta] || !st.stemEntry[entryId]) return;
  if (start < S.cStart[ta] || end > S.cEnd[ta]) return;
  if (excepted(st, S, entryId, end, ta, tb)) return;
  st.cands.push(ta, entryId);
}

/** Can sym[from, to) (plus a doubled first letter of the stem) be split into word-formation prefixes? */
function prefixOk(S: Stream, V: CompiledView, from: number, to: number, iotated: boolean): boolean {
  const len = to - from;
  if (len > 3 * V.maxPrefix || V.prefixes.size === 0) return false;
  let str = '';
  for (let k = from; k < to; k++) {
    const c = S.sym[k];
    str += String.fromCharCode(c);
    if (S.run[k] > 1) str += String.fromCharCode(c);
  }
  if (decompose(str, V, iotated)) return true;
  if (S.run[to] > 1 && decompose(str + String.fromCharCode(S.sym[to]), V, iotated)) return true;
  // a doubled letter inside the prefix may be a single one (за + а… never; по + о…)
  let single = '';
  for (let k = from; k < to; k++) single += String.fromCharCode(S.sym[k]);
  return single !== str && decompose(single, V, iotated);
}

function decompose(s: string, V: CompiledView, iotated: boolean): boolean {
  // at[i]: the prefixes that can end a split of s[0, i) into prefixes (a mask matches any letter).
  // One prefix never follows itself (заза-, аа-: no Russian word stacks a prefix on itself).
  const L = s.length;
  const at: Array<Set<string> | undefined> = new Array(L + 1);
  at[0] = new Set(['']);
  const wild = s.indexOf('*') >= 0;
  const reach = (i: number, pre: string, last: Set<string>) => {
    if (last.size === 1 && last.has(pre)) return;
    (at[i + pre.length] ??= new Set()).add(pre);
  };
  for (let i = 0; i < L; i++) {
    const last = at[i];
    if (!last) continue;
    if (!wild) {
      for (let l = 1; l <= V.maxPrefix && i + l <= L; l++) {
        const pre = s.slice(i, i + l);
        if (V.prefixes.has(pre)) reach(i, pre, last);
      }
    } else {
      for (const pre of V.prefixes) {
        const l = pre.length;
        if (i + l > L) continue;
        let m = true;
        for (let k = 0; k < l; k++) {
          const c = s.charCodeAt(i + k);
          if (c !== MASK && c !== pre.charCodeAt(k)) {
            m = false;
            break;
          }
        }
        if (m) reach(i, pre, last);
      }
    }
  }
  const end = at[L];
  if (!end) return false;
  if (!iotated || L === 0) return true;
  // before е/ю/я the last prefix ends in a vowel, ъ or ь (съебать, not себя)
  for (const pre of end) if (pre === '' || CYR_VOWELS.has(pre.charCodeAt(pre.length - 1))) return true;
  return false;
}

