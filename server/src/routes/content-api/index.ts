/**
 * Content API (`/api/brand-community/...`): published community rules and announcements.
 * Access is granted per role in Users & Permissions like any content API route.
 */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/rules', handler: 'public.findRules', config: { policies: [] } },
    // An author's appeal through the one-time link of an explanation (public like the rules; rate-limited).
    { method: 'GET', path: '/appeals/:token', handler: 'appeals.show', config: { policies: [] } },
    { method: 'POST', path: '/appeals/:token', handler: 'appeals.submit', config: { policies: [] } },
    { method: 'GET', path: '/announcements', handler: 'announcement.find', config: { policies: [] } },
    { method: 'GET', path: '/announcements/active', handler: 'announcement.active', config: { policies: [] } },
    { method: 'GET', path: '/announcements/:id', handler: 'announcement.findOne', config: { policies: [] } },
    // The author of a suspected fake answers with the one-time token from the message: always
    // public (the token is the credential), rate-limited per token and IP in the database.
    { method: 'GET', path: '/fakes/:id/question', handler: 'fakeAnswers.question', config: { policies: [], auth: false } },
    { method: 'POST', path: '/fakes/:id/answer', handler: 'fakeAnswers.answer', config: { policies: [], auth: false } },
  ],
};
