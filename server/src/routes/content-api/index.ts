/**
 * Content API (`/api/brand-community/...`): published community rules and announcements.
 * Access is granted per role in Users & Permissions like any content API route.
 */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/rules', handler: 'public.findRules', config: { policies: [] } },
    { method: 'GET', path: '/announcements', handler: 'public.findAnnouncements', config: { policies: [] } },
    { method: 'GET', path: '/announcements/active', handler: 'public.findActiveAnnouncements', config: { policies: [] } },
    { method: 'GET', path: '/announcements/:id', handler: 'public.findAnnouncement', config: { policies: [] } },
  ],
};
