/**
 * The one text module of the filter (pure; no Strapi). Every detector reads text through it:
 *
 * - ./text/ignorable  — the one set of invisible characters (Default_Ignorable_Code_Point + Cf);
 * - ./text/lookalike  — the one look-alike table (Unicode confusables, digits of every script,
 *                       enclosed and small-capital letters, Latin ↔ Cyrillic/Greek pairs);
 * - ./text/codepoint  — the fold of one code point built from those two plus NFKC;
 * - ./text/base       — the base view with an offset map (obscenity, duplicates);
 * - ./text/views      — character classes and Latin/Cyrillic views (obscenity matcher);
 * - ./text/skeleton   — the advertising view: same fold, Cyrillic marks kept, mixed-script
 *                       words folded to their majority script, start/end offsets per char.
 */
export * from './text/ignorable';
export { baseLookalike, TO_LATIN, TO_CYRILLIC } from './text/lookalike';
export { foldCodePoint, foldCodePointKeepCyrillic } from './text/codepoint';
export * from './text/base';
export * from './text/views';
export * from './text/skeleton';
