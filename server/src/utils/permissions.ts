import { PLUGIN_ID } from './plugin';

/** RBAC actions of the plugin (registered in bootstrap, checked by every admin route). */
export const ACTIONS = {
  readLog: 'logs.read',
  restore: 'logs.restore',
  manageAuthors: 'authors.manage',
  readAuthors: 'authors.read',
  readNotifications: 'notifications.read',
  manageNotifications: 'notifications.manage',
  settings: 'settings.manage',
} as const;

export const actionUid = (action: string) => `plugin::${PLUGIN_ID}.${action}`;

export const RBAC_ACTIONS = [
  { uid: ACTIONS.readLog, displayName: 'Read the moderation log and statistics', subCategory: 'moderation' },
  { uid: ACTIONS.restore, displayName: 'Restore removed comments', subCategory: 'moderation' },
  { uid: ACTIONS.readAuthors, displayName: 'Read authors, warnings and bans', subCategory: 'authors' },
  { uid: ACTIONS.manageAuthors, displayName: 'Ban and unban authors', subCategory: 'authors' },
  { uid: ACTIONS.readNotifications, displayName: 'Read author notifications', subCategory: 'notifications' },
  { uid: ACTIONS.manageNotifications, displayName: 'Resend author notifications', subCategory: 'notifications' },
  { uid: ACTIONS.settings, displayName: 'Manage moderation settings', subCategory: 'settings' },
].map((a) => ({ section: 'plugins' as const, pluginName: PLUGIN_ID, ...a }));

/** Policies for an admin route that needs `action`. */
export const adminPolicies = (action: string) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [actionUid(action)] } },
];
