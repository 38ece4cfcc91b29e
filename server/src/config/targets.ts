/**
 * Targets checked against the site's loaded schemas (at boot for the file config, on save for the
 * settings), and the collections a target may name (for the console's pickers).
 */
import type { Core } from '@strapi/strapi';

import { PLUGIN_ID, TARGET_FIELD_TYPES, type ContentTypeOption, type SettingsTarget } from '../../../shared/contracts';
import type { Problem } from './schema';

type Schema = {
  kind?: string;
  info?: { displayName?: string };
  attributes: Record<string, { type: string; private?: boolean }>;
  pluginOptions?: Record<string, { visible?: boolean }>;
};

const FIELDS = Object.keys(TARGET_FIELD_TYPES) as Array<keyof typeof TARGET_FIELD_TYPES>;
/** Never moderated from the settings: the plugin's own records and Strapi's internals. */
const RESERVED = [`plugin::${PLUGIN_ID}.`, 'admin::', 'strapi::'];

const schemaOf = (strapi: Core.Strapi, uid: string) =>
  strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown as Schema | undefined;

/** The first target naming a content type or field the site does not have (or of the wrong type). */
export const targetsProblem = (strapi: Core.Strapi, targets: SettingsTarget[], strict = true): Problem | null => {
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    const at = `targets[${i}]`;
    const schema = schemaOf(strapi, target.uid);
    if (!schema) return { field: `${at}.uid`, message: `\`${at}.uid\` "${target.uid}" is not a content type of this site.` };
    if (strict && (schema.kind !== 'collectionType' || RESERVED.some((p) => target.uid.startsWith(p)))) {
      return { field: `${at}.uid`, message: `\`${at}.uid\` "${target.uid}" is not a collection of comments.` };
    }
    for (const key of FIELDS) {
      const field = target[key];
      if (field === undefined) continue;
      const attribute = schema.attributes[field];
      const where = `\`${at}.${key}\` "${field}"`;
      if (!attribute) return { field: `${at}.${key}`, message: `${where} is not an attribute of ${target.uid}.` };
      const allowed: readonly string[] = TARGET_FIELD_TYPES[key];
      if (!allowed.includes(attribute.type)) {
        const message = `${where} of ${target.uid} has type ${attribute.type}; expected ${allowed.join(' or ')}.`;
        return { field: `${at}.${key}`, message };
      }
    }
  }
  return null;
};

/** Collection types a target may name, with the fields each target field may use. */
export const contentTypeOptions = (strapi: Core.Strapi): ContentTypeOption[] => {
  const usable = new Set<string>(FIELDS.flatMap((k) => [...TARGET_FIELD_TYPES[k]]));
  return Object.entries(strapi.contentTypes as unknown as Record<string, Schema>)
    .filter(([uid, s]) => s.kind === 'collectionType' && !RESERVED.some((p) => uid.startsWith(p)))
    .filter(([, s]) => s.pluginOptions?.['content-manager']?.visible !== false)
    .map(([uid, s]) => ({
      uid,
      displayName: s.info?.displayName ?? uid,
      fields: Object.entries(s.attributes)
        // Private fields too: an author's e-mail is usually private, and only field names are listed.
        .filter(([, a]) => usable.has(a.type))
        .map(([name, a]) => ({ name, type: a.type })),
    }))
    .filter((o) => o.fields.some((f) => (TARGET_FIELD_TYPES.textField as readonly string[]).includes(f.type)))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
};
