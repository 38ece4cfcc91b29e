import { PLUGIN_ID } from './pluginId';

const action = (name: string) => [{ action: `plugin::${PLUGIN_ID}.${name}`, subject: null }];

export const PERMISSIONS = {
  readLog: action('logs.read'),
  restore: action('logs.restore'),
  readAuthors: action('authors.read'),
  manageAuthors: action('authors.manage'),
  readNotifications: action('notifications.read'),
};
