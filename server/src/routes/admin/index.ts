import { ACTIONS, adminPolicies } from '../../utils/permissions';

/**
 * Admin API (`/brand-community/...`): every route needs an authenticated admin
 * and one of the plugin's RBAC actions. The moderation log has no update or delete route.
 */
const route = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler: `admin.${handler}`,
  config: { policies: adminPolicies(action) },
});

export default {
  type: 'admin',
  routes: [
    route('GET', '/logs', 'findLogs', ACTIONS.readLog),
    route('GET', '/logs/:id', 'findLog', ACTIONS.readLog),
    route('POST', '/logs/:id/restore', 'restore', ACTIONS.restore),
    route('GET', '/notifications', 'findNotifications', ACTIONS.readNotifications),
    route('POST', '/notifications/:id/resend', 'resendNotification', ACTIONS.manageNotifications),
    route('GET', '/authors', 'findAuthors', ACTIONS.readAuthors),
    route('POST', '/authors/:key/ban', 'ban', ACTIONS.manageAuthors),
    route('POST', '/authors/:key/unban', 'unban', ACTIONS.manageAuthors),
    route('GET', '/stats', 'stats', ACTIONS.readLog),
  ],
};
