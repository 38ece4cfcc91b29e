import { PLUGIN_ID, RBAC, rbacUid, type RbacAction } from '../../../shared/contracts';

/** RBAC actions of the plugin (registered in bootstrap, checked by every admin route). */
export const ACTIONS = RBAC;

export const actionUid = (action: RbacAction) => rbacUid(action);

const DESCRIBED: Record<RbacAction, { displayName: string; subCategory: string }> = {
  [RBAC.readLog]: { displayName: 'Read the moderation log and statistics', subCategory: 'moderation' },
  [RBAC.restore]: { displayName: 'Restore removed and approve held comments', subCategory: 'moderation' },
  [RBAC.review]: { displayName: 'Confirm removals (mark them reviewed)', subCategory: 'moderation' },
  [RBAC.check]: { displayName: 'Test a comment against the filter', subCategory: 'moderation' },
  [RBAC.readAuthors]: { displayName: 'Read authors, warnings and bans', subCategory: 'authors' },
  [RBAC.manageAuthors]: { displayName: 'Ban and unban authors', subCategory: 'authors' },
  [RBAC.readNotifications]: { displayName: 'Read author notifications', subCategory: 'notifications' },
  [RBAC.manageNotifications]: { displayName: 'Resend author notifications', subCategory: 'notifications' },
  [RBAC.settings]: { displayName: 'Manage moderation settings', subCategory: 'settings' },
  [RBAC.rescan]: { displayName: 'Re-scan existing comments and apply the result', subCategory: 'moderation' },
  [RBAC.readAnswers]: { displayName: 'Read suspected fakes, claims and cases', subCategory: 'answers' },
  [RBAC.manageFakes]: { displayName: 'Mark suspected fakes and post their replies', subCategory: 'answers' },
  [RBAC.manageClaims]: { displayName: 'Record claims, their places and refutations', subCategory: 'answers' },
  [RBAC.manageCases]: { displayName: 'Open, update and resolve complaint cases', subCategory: 'answers' },
  [RBAC.writeReplies]: { displayName: 'Write replies: reply templates and the tone check', subCategory: 'answers' },
  [RBAC.readAnnouncements]: { displayName: 'Read announcements, deliveries and reactions', subCategory: 'announcements' },
  [RBAC.manageAnnouncements]: {
    displayName: 'Create announcements, add timeline entries, retry deliveries',
    subCategory: 'announcements',
  },
};

export const RBAC_ACTIONS = (Object.keys(DESCRIBED) as RbacAction[]).map((uid) => ({
  section: 'plugins' as const,
  pluginName: PLUGIN_ID,
  uid,
  ...DESCRIBED[uid],
}));

/** Policies for an admin route that needs `action`. */
export const adminPolicies = (action: RbacAction) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [actionUid(action)] } },
];
