import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from '../../../shared/contracts';
import type { PluginConfig } from '../config';
import type services from '../services';

export { PLUGIN_ID };

export const uid = <T extends string>(name: T) => `plugin::${PLUGIN_ID}.${name}` as const;

export const UIDS = {
  rule: uid('community-rule'),
  announcement: uid('announcement'),
  announcementEntry: uid('announcement-entry'),
  announcementDelivery: uid('announcement-delivery'),
  announcementTemplate: uid('announcement-template'),
  log: uid('moderation-log'),
  standing: uid('author-standing'),
  notification: uid('notification'),
  fingerprint: uid('comment-fingerprint'),
  review: uid('review'),
  emailTest: uid('email-test'),
  rescan: uid('rescan'),
  rescanItem: uid('rescan-item'),
  appeal: uid('appeal'),
  token: uid('access-token'),
  fake: uid('fake-request'),
  case: uid('complaint-case'),
  claim: uid('claim'),
  claimPlace: uid('claim-place'),
  claimLink: uid('claim-link'),
  explanations: uid('explanation-texts'),
} as const;

export const getConfig = (strapi: Core.Strapi): PluginConfig =>
  strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;

export const getService = <T = any>(strapi: Core.Strapi, name: string): T =>
  strapi.plugin(PLUGIN_ID).service(name) as T;

/** The plugin's services as their factories build them. */
export type PluginServices = { [K in keyof typeof services]: ReturnType<(typeof services)[K]> };

/** One of the plugin's services, typed from the services map. */
export const pluginService = <K extends keyof PluginServices>(strapi: Core.Strapi, name: K): PluginServices[K] =>
  strapi.plugin(PLUGIN_ID).service(name) as PluginServices[K];
