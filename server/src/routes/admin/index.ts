import { RBAC, type RbacAction } from '../../../../shared/contracts';
import { adminPolicies } from '../../utils/permissions';

/**
 * Admin API (`/brand-community/...`): every route needs an authenticated admin and one of the
 * plugin's RBAC actions. The moderation log has no update or delete route: reviews append.
 */
const route = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, handler: string, action: RbacAction) => ({
  method,
  path,
  handler,
  config: { policies: adminPolicies(action) },
});

export default {
  type: 'admin',
  routes: [
    route('GET', '/logs', 'logs.find', RBAC.readLog),
    route('GET', '/logs/:id', 'logs.findOne', RBAC.readLog),
    // Each bulk action is checked against its own permission in the controller.
    route('POST', '/logs/bulk', 'review.bulk', RBAC.readLog),
    route('POST', '/logs/:id/restore', 'review.restore', RBAC.restore),
    route('POST', '/logs/:id/approve', 'review.approve', RBAC.restore),
    route('POST', '/logs/:id/confirm', 'review.confirm', RBAC.review),
    route('GET', '/queue/count', 'logs.queueCount', RBAC.readLog),
    route('GET', '/history', 'logs.history', RBAC.readLog),
    route('GET', '/notifications', 'notifications.find', RBAC.readNotifications),
    route('GET', '/notifications/:id', 'notifications.findOne', RBAC.readNotifications),
    route('POST', '/notifications/:id/resend', 'notifications.resend', RBAC.manageNotifications),
    route('GET', '/authors', 'authors.find', RBAC.readAuthors),
    route('GET', '/authors/:key', 'authors.findOne', RBAC.readAuthors),
    route('POST', '/authors/:key/ban', 'authors.ban', RBAC.manageAuthors),
    route('POST', '/authors/:key/unban', 'authors.unban', RBAC.manageAuthors),
    route('GET', '/stats', 'stats.summary', RBAC.readLog),
    route('POST', '/check', 'check.run', RBAC.check),
    route('GET', '/setup', 'setup.checklist', RBAC.readLog),
    route('GET', '/announcements', 'announcements.find', RBAC.readAnnouncements),
    route('GET', '/announcements/templates', 'announcements.templates', RBAC.readAnnouncements),
    route('GET', '/announcements/stats', 'announcements.stats', RBAC.readAnnouncements),
    route('POST', '/announcements', 'announcements.create', RBAC.manageAnnouncements),
    route('GET', '/announcements/:id', 'announcements.findOne', RBAC.readAnnouncements),
    route('GET', '/announcements/:id/reaction', 'announcements.reaction', RBAC.readAnnouncements),
    route('POST', '/announcements/:id/entries', 'announcements.addEntry', RBAC.manageAnnouncements),
    route('POST', '/announcements/:id/publish', 'announcements.publish', RBAC.manageAnnouncements),
    route('POST', '/deliveries/:id/retry', 'announcements.retryDelivery', RBAC.manageAnnouncements),
    route('POST', '/setup/test-email', 'setup.testEmail', RBAC.settings),
    route('GET', '/rescans', 'rescans.find', RBAC.rescan),
    route('POST', '/rescans', 'rescans.start', RBAC.rescan),
    route('GET', '/rescans/:id', 'rescans.findOne', RBAC.rescan),
    route('GET', '/rescans/:id/preview', 'rescans.preview', RBAC.rescan),
    route('POST', '/rescans/:id/apply', 'rescans.apply', RBAC.rescan),
    route('POST', '/rescans/:id/cancel', 'rescans.cancel', RBAC.rescan),
    // Answering negativity (issue #12): suspected fakes, complaint cases, claims.
    route('GET', '/fakes', 'fakes.find', RBAC.readAnswers),
    route('GET', '/fakes/:id', 'fakes.findOne', RBAC.readAnswers),
    route('POST', '/fakes', 'fakes.mark', RBAC.manageFakes),
    route('PUT', '/fakes/:id/reply', 'fakes.editReply', RBAC.manageFakes),
    route('POST', '/fakes/:id/reply', 'fakes.postReply', RBAC.manageFakes),
    route('POST', '/fakes/:id/decide', 'fakes.decide', RBAC.manageFakes),
    route('GET', '/cases', 'cases.find', RBAC.readAnswers),
    route('GET', '/cases/:id', 'cases.findOne', RBAC.readAnswers),
    route('POST', '/cases', 'cases.open', RBAC.manageCases),
    route('PUT', '/cases/:id', 'cases.update', RBAC.manageCases),
    route('POST', '/cases/:id/reply', 'cases.reply', RBAC.manageCases),
    route('GET', '/claims', 'claims.find', RBAC.readAnswers),
    route('GET', '/claims/:id', 'claims.findOne', RBAC.readAnswers),
    route('GET', '/claims/:id/suggestions', 'claims.suggestions', RBAC.readAnswers),
    route('POST', '/claims', 'claims.create', RBAC.manageClaims),
    route('PUT', '/claims/:id', 'claims.update', RBAC.manageClaims),
    route('POST', '/claims/:id/places', 'claims.addPlace', RBAC.manageClaims),
    route('PUT', '/claims/:id/places/:placeId', 'claims.updatePlace', RBAC.manageClaims),
    route('POST', '/claims/:id/links', 'claims.link', RBAC.manageClaims),
    route('DELETE', '/claims/:id/links/:commentId', 'claims.unlink', RBAC.manageClaims),
    // Replies (issue #12): the tone check of a reply and the reply templates.
    route('POST', '/tone', 'replies.tone', RBAC.writeReplies),
    route('GET', '/reply-templates', 'replies.templates', RBAC.writeReplies),
    route('GET', '/settings', 'settings.find', RBAC.settings),
    route('PUT', '/settings', 'settings.update', RBAC.settings),
    route('GET', '/settings/content-types', 'settings.contentTypes', RBAC.settings),
    route('GET', '/logs/:id/learn-options', 'learning.options', RBAC.restore),
    route('GET', '/exceptions', 'learning.find', RBAC.settings),
    route('DELETE', '/exceptions/:id', 'learning.remove', RBAC.settings),
  ],
};
