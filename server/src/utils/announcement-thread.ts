import type { Core } from '@strapi/strapi';

import { UIDS } from './plugin';

/**
 * A moderated collection's attribute that relates a comment to an announcement, if it has one:
 * comments posted under an announcement are its reaction. Found from the schema, no config.
 */
export const announcementField = (strapi: Core.Strapi, uid: string): string | null => {
  const attributes = (strapi.contentType(uid as any)?.attributes ?? {}) as Record<string, { type?: string; target?: string }>;
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'relation' && attribute.target === UIDS.announcement) return name;
  }
  return null;
};

/** The thread key the moderation log records for a comment under announcement `documentId`. */
export const announcementThread = (documentId: string) => `announcement:${documentId}`;
