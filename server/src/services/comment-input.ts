import type { Core } from '@strapi/strapi';

import type { TargetConfig } from '../config';
import { badInput, CODES } from '../utils/errors';
import { hasLoneSurrogate, hasNul, hasReplacement, isBlank, isEmail } from '../utils/input';
import { announcementField, announcementThread } from '../utils/announcement-thread';
import { getConfig } from '../utils/plugin';

/**
 * What the filter needs from a submitted comment (text, author, name, thread, recipient), read
 * from the request's data (and, for an edit or a clone, the stored comment) and checked: every
 * bad value is a 400 with its field and a sentence, in linear time on bounded input.
 */

export type Mode = 'create' | 'update' | 'clone';

export interface Extracted {
  inherited: Record<string, unknown>;
  text: string | undefined;
  authorKey: string;
  authorName: string | null;
  thread: string;
  recipient: string | null;
  data: Record<string, unknown>;
}

/** Longest author key and display name we store (the log's string columns hold 255). */
const MAX_KEY = 255;
/** Deepest JSON a submitted comment may have: real ones nest a few levels (relations, components). */
export const MAX_DEPTH = 32;

/** A relation value as submitted (documentId, id, { connect }, { set }, { documentId }) → a stable key. */
const relationKey = (input: unknown): string | null => {
  let value = input;
  // Unwrapped a few levels at most: deeper nesting is no relation anyone submits.
  for (let depth = 0; depth < 6; depth++) {
    if (value === null || value === undefined) return null;
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (Array.isArray(value)) {
      value = value[0];
      continue;
    }
    if (typeof value !== 'object') return null;
    const v = value as Record<string, unknown>;
    value = v.documentId ?? v.id ?? v.connect ?? v.set;
  }
  return null;
};

export const jsonClone = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? null));

const tooLongField = (field: string) =>
  badInput(CODES.invalid, `\`${field}\` is too long: at most ${MAX_KEY} characters.`, { field, maxLength: MAX_KEY });

/** Characters no database keeps faithfully: refused with a sentence instead of a 500 or a silent change. */
const checkCharacters = (value: string, field: string) => {
  if (hasNul(value)) {
    throw badInput(CODES.invalid, `\`${field}\` contains a NUL character (U+0000); remove it.`, { field });
  }
  if (hasReplacement(value)) {
    throw badInput(CODES.invalid, `\`${field}\` is not valid UTF-8 (it contains U+FFFD); send the text as UTF-8.`, { field });
  }
  if (hasLoneSurrogate(value)) {
    throw badInput(CODES.invalid, `\`${field}\` is not valid Unicode (an unpaired surrogate).`, { field });
  }
};

/** Reads and checks what the filter needs from submitted data. Throws 400s for bad input. */
export const extractComment = async (
  strapi: Core.Strapi,
  data: Record<string, unknown>,
  target: TargetConfig,
  mode: Mode,
  documentId?: string
): Promise<Extracted> => {
  const isCreate = mode !== 'update';
  let existing: Record<string, any> | null = null;
  if (mode !== 'create' && documentId) {
    existing = (await strapi.documents(target.uid as any).findOne({
      documentId,
      populate: [target.authorField, target.threadField, announcementField(strapi, target.uid) ?? undefined].filter(
        (f): f is string => !!f && (strapi.contentType(target.uid as any).attributes as any)[f]?.type === 'relation'
      ),
    } as any)) as any;
  }
  const pick = (field?: string) =>
    field === undefined ? undefined : field in data ? data[field] : existing ? existing[field] : undefined;

  // An edit that leaves the text alone is screened on what it changes (the name) only.
  const text = mode === 'update' ? data[target.textField] : pick(target.textField);
  if (isCreate || target.textField in data) {
    if (text === undefined || text === null) {
      throw badInput(CODES.invalid, `The comment has no text: \`${target.textField}\` is required.`, {
        field: target.textField,
      });
    }
    if (typeof text !== 'string') {
      throw badInput(CODES.invalid, `\`${target.textField}\` must be a string.`, { field: target.textField });
    }
    const { maxLength } = getConfig(strapi);
    if (text.length > maxLength) {
      throw badInput(CODES.tooLong, `The comment is too long: ${text.length} characters, at most ${maxLength}.`, {
        field: target.textField,
        maxLength,
      });
    }
    if (isBlank(text)) {
      throw badInput(CODES.invalid, `The comment is empty: write something in \`${target.textField}\`.`, {
        field: target.textField,
      });
    }
    checkCharacters(text, target.textField);
  }

  const rawAuthor = pick(target.authorField);
  let authorKey: string | null = null;
  if (typeof rawAuthor === 'string' && rawAuthor.length > MAX_KEY * 4) {
    throw tooLongField(target.authorField);
  }
  if (typeof rawAuthor === 'string' && !isBlank(rawAuthor)) {
    const trimmed = rawAuthor.trim();
    checkCharacters(trimmed, target.authorField);
    authorKey = isEmail(trimmed) ? trimmed.toLowerCase() : trimmed;
  } else if (typeof rawAuthor === 'number') {
    authorKey = `id:${rawAuthor}`;
  } else {
    const ref = relationKey(rawAuthor);
    if (ref) authorKey = `${target.authorField}:${ref}`;
  }
  if (!authorKey) {
    const user = (strapi.requestContext.get() as any)?.state?.user;
    if (user?.id && !user.roles) authorKey = `user:${user.documentId ?? user.id}`;
  }
  if (authorKey && authorKey.length > MAX_KEY) throw tooLongField(target.authorField);
  if (!authorKey) {
    throw badInput(CODES.unknownAuthor, `Unknown author: \`${target.authorField}\` is required to post a comment.`, {
      field: target.authorField,
    });
  }

  const rawName = pick(target.authorNameField);
  if (rawName !== undefined && rawName !== null && typeof rawName !== 'string') {
    throw badInput(CODES.invalid, `\`${target.authorNameField}\` must be a string.`, {
      field: target.authorNameField,
    });
  }
  if (typeof rawName === 'string') {
    if (rawName.length > MAX_KEY) throw tooLongField(target.authorNameField as string);
    checkCharacters(rawName, target.authorNameField as string);
  }
  const emailValue = pick(target.emailField ?? target.authorField);
  // A comment under an announcement (and no article) is in the announcement's thread: its reaction.
  const underAnnouncement = relationKey(pick(announcementField(strapi, target.uid) ?? undefined));
  const thread = relationKey(pick(target.threadField)) ?? (underAnnouncement ? announcementThread(underAnnouncement) : '');
  if (thread.length > MAX_KEY) throw tooLongField(target.threadField ?? 'thread');
  // What a clone takes from its source, so the log keeps the whole comment (relations as documentIds).
  const inherited: Record<string, unknown> = {};
  if (mode === 'clone' && existing) {
    for (const field of [target.textField, target.authorField, target.authorNameField, target.threadField, target.emailField]) {
      if (field && !(field in data) && existing[field] !== undefined) {
        const v = existing[field];
        inherited[field] = v && typeof v === 'object' ? relationKey(v) : v;
      }
    }
  }
  return {
    inherited,
    text: typeof text === 'string' ? text : undefined,
    authorKey,
    authorName: typeof rawName === 'string' && !isBlank(rawName) ? rawName : null,
    thread,
    recipient: typeof emailValue === 'string' && isEmail(emailValue.trim()) ? emailValue.trim() : null,
    data,
  } satisfies Extracted;
};
