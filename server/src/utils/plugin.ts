import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from '../../../shared/contracts';
import type { PluginConfig } from '../config';

export { PLUGIN_ID };

export const uid = <T extends string>(name: T) => `plugin::${PLUGIN_ID}.${name}` as const;

export const UIDS = {
  rule: uid('community-rule'),
  announcement: uid('announcement'),
  log: uid('moderation-log'),
  standing: uid('author-standing'),
  notification: uid('notification'),
  fingerprint: uid('comment-fingerprint'),
  review: uid('review'),
} as const;

export const getConfig = (strapi: Core.Strapi): PluginConfig =>
  strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;

export const getService = <T = any>(strapi: Core.Strapi, name: string): T =>
  strapi.plugin(PLUGIN_ID).service(name) as T;
