import type { Core } from '@strapi/strapi';

import { getConfig, PLUGIN_ID } from './utils/plugin';
import type { TargetConfig } from './config';

/** Checks each configured target against the loaded schemas; a mistake stops boot with a clear message. */
export const checkTargets = (strapi: Core.Strapi, targets: TargetConfig[]) => {
  targets.forEach((target, i) => {
    const where = `[brand-community] Invalid plugin config: \`targets[${i}]\``;
    const contentType = strapi.contentTypes[target.uid as keyof typeof strapi.contentTypes] as
      | { attributes: Record<string, { type: string }> }
      | undefined;
    if (!contentType) {
      throw new Error(`${where}.uid "${target.uid}" is not a content type of this site.`);
    }
    const check = (key: keyof TargetConfig, allowed: string[]) => {
      const field = target[key];
      if (field === undefined) return;
      const attribute = contentType.attributes[field];
      if (!attribute) {
        throw new Error(`${where}.${key} "${field}" is not an attribute of ${target.uid}.`);
      }
      if (!allowed.includes(attribute.type)) {
        throw new Error(
          `${where}.${key} "${field}" of ${target.uid} has type ${attribute.type}; expected ${allowed.join(' or ')}.`
        );
      }
    };
    const text = ['string', 'text', 'richtext', 'email'];
    check('textField', ['string', 'text', 'richtext']);
    check('authorField', [...text, 'relation', 'uid', 'integer', 'biginteger']);
    check('authorNameField', text);
    check('threadField', [...text, 'relation', 'uid', 'integer', 'biginteger']);
    check('emailField', ['email', 'string']);
  });
};

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = getConfig(strapi);
  checkTargets(strapi, config.targets);
  strapi.plugin('brand-community').service('guard').register();
  strapi.plugin('brand-community').service('announcements').register();
  hideFromGraphql(strapi);
  setContentPublic(strapi, config.publicContent);
};

/**
 * Published rules and announcements are public texts by nature: their content-API routes
 * answer without a permission granted by hand (`publicContent: false` puts them back under
 * Users & Permissions). Every other route stays closed.
 */
const setContentPublic = (strapi: Core.Strapi, isPublic: boolean) => {
  const routes = (
    strapi.plugin(PLUGIN_ID).routes as Record<string, { routes: Array<{ handler?: string; config?: Record<string, unknown> }> }>
  )['content-api'];
  // Set both ways: the route objects come from the plugin's module, shared by every boot in a process.
  // The appeal and fake-answer routes stay public either way: their one-time token is the credential.
  const tokenized = (handler = '') => handler.startsWith('fakeAnswers.') || handler.startsWith('appeals.');
  for (const route of (routes?.routes ?? []).filter((r) => !tokenized(r.handler))) {
    const { auth: _auth, ...rest } = route.config ?? {};
    route.config = isPublic ? { ...rest, auth: false } : rest;
  }
};

/** Types editors change in the Content Manager that are still the team's own, not public content. */
const EDITED_INTERNAL = ['reply-template'];

/**
 * The plugin's internal models (moderation log, standings, notifications, fingerprints…: every one
 * hidden from the Content Manager) get no GraphQL type, query or mutation.
 */
const hideFromGraphql = (strapi: Core.Strapi) => {
  if (!strapi.plugin('graphql')) return;
  const extension = strapi.plugin('graphql').service('extension');
  for (const [name, contentType] of Object.entries(strapi.plugin(PLUGIN_ID).contentTypes)) {
    const options = (contentType as { pluginOptions?: Record<string, { visible?: boolean }> }).pluginOptions;
    const internal = options?.['content-manager']?.visible === false || EDITED_INTERNAL.includes(name);
    if (internal) extension.shadowCRUD(`plugin::${PLUGIN_ID}.${name}`).disable();
  }
};

export default register;
