/**
 * Content API (`/api/brand-community/...`): published community rules and announcements (public
 * by default, see `publicContent` in register.ts), and the one-time-link answers of authors.
 */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/rules', handler: 'public.findRules', config: { policies: [] } },
    // An author's appeal through the one-time link of an explanation: always public (the token is
    // the credential, whatever `publicContent` says), rate-limited per token and IP in the database.
    { method: 'GET', path: '/appeals/:token', handler: 'appeals.show', config: { policies: [], auth: false } },
    { method: 'POST', path: '/appeals/:token', handler: 'appeals.submit', config: { policies: [], auth: false } },
    { method: 'GET', path: '/announcements', handler: 'announcement.find', config: { policies: [] } },
    { method: 'GET', path: '/announcements/active', handler: 'announcement.active', config: { policies: [] } },
    { method: 'GET', path: '/announcements/:id', handler: 'announcement.findOne', config: { policies: [] } },
    // The author of a suspected fake answers with the one-time token from the message: always
    // public (the token is the credential), rate-limited per token and IP in the database.
    { method: 'GET', path: '/fakes/:id/question', handler: 'fakeAnswers.question', config: { policies: [], auth: false } },
    { method: 'POST', path: '/fakes/:id/answer', handler: 'fakeAnswers.answer', config: { policies: [], auth: false } },
  ],
};
