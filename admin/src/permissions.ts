import { RBAC, rbacUid, type RbacAction } from '../../shared/contracts/constants';

const action = (name: RbacAction) => [{ action: rbacUid(name), subject: null }];

/** Permissions of each console page and button (the API checks them again). */
export const PERMISSIONS = {
  readLog: action(RBAC.readLog),
  restore: action(RBAC.restore),
  review: action(RBAC.review),
  check: action(RBAC.check),
  readAuthors: action(RBAC.readAuthors),
  manageAuthors: action(RBAC.manageAuthors),
  readNotifications: action(RBAC.readNotifications),
  manageNotifications: action(RBAC.manageNotifications),
  settings: action(RBAC.settings),
  rescan: action(RBAC.rescan),
  readAnnouncements: action(RBAC.readAnnouncements),
  manageAnnouncements: action(RBAC.manageAnnouncements),
  writeReplies: action(RBAC.writeReplies),
  readAnswers: action(RBAC.readAnswers),
  manageFakes: action(RBAC.manageFakes),
  manageClaims: action(RBAC.manageClaims),
  manageCases: action(RBAC.manageCases),
};

/** Any of these opens the console (the menu link shows for it). */
export const CONSOLE_PERMISSIONS = [
  ...PERMISSIONS.readLog,
  ...PERMISSIONS.readAuthors,
  ...PERMISSIONS.readNotifications,
  ...PERMISSIONS.check,
  ...PERMISSIONS.readAnnouncements,
  ...PERMISSIONS.writeReplies,
  ...PERMISSIONS.readAnswers,
  ...PERMISSIONS.settings,
];
