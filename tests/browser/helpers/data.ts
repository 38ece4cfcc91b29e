/** What visitors and moderators do over HTTP while the browser watches the console. */
import { adminLogin, http } from '../../helpers/strapi';
import type { Site } from './site';

export const P = 'plugin::brand-community';

export interface Comment {
  content: string;
  authorName: string;
  authorEmail: string;
}

export const articles = async (site: Site): Promise<string[]> => {
  const res = await http(site.url).get('/api/articles?sort=id:asc');
  return res.body.data.map((a: { documentId: string }) => a.documentId);
};

/** Posts a comment as a visitor would (REST, no token) and returns the HTTP answer. */
export const postComment = (site: Site, comment: Comment & { article: string }) =>
  http(site.url).post('/api/comments', { data: comment });

const clients = new WeakMap<Site, Promise<ReturnType<typeof http>>>();
/**
 * The super admin's API client (JWT from /admin/login), logged in once per site: the admin's login
 * route is rate-limited (5 logins per e-mail in 5 minutes), and the browser logs in too.
 */
export const superAdmin = (site: Site) => {
  let client = clients.get(site);
  if (!client) {
    client = adminLogin(site.url).then((jwt) => http(site.url, jwt));
    clients.set(site, client);
  }
  return client;
};

/** Polls `read` until `done` holds (the worker sends e-mails in the background). */
export const eventually = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

/**
 * An admin with a custom role holding exactly `actions` (plugin action names such as `logs.read`),
 * created through the admin REST API as a super admin would in Settings.
 */
export const createRestrictedAdmin = async (site: Site, actions: string[], email: string) => {
  const api = await superAdmin(site);
  const role = await api.post('/admin/roles', { name: `Role ${email}`, description: 'browser test' });
  if (role.status !== 201 && role.status !== 200) throw new Error(`create role: ${role.status} ${JSON.stringify(role.body)}`);
  const roleId = role.body.data.id;
  const perms = await api.put(`/admin/roles/${roleId}/permissions`, {
    permissions: actions.map((a) => ({ action: `${P}.${a}`, subject: null, conditions: [], properties: {} })),
  });
  if (perms.status !== 200) throw new Error(`set permissions: ${perms.status} ${JSON.stringify(perms.body)}`);
  const user = await api.post('/admin/users', { email, firstname: 'Limited', lastname: 'Moderator', roles: [roleId] });
  if (user.status !== 201) throw new Error(`create user: ${user.status} ${JSON.stringify(user.body)}`);
  // A new user is invited: registering with the invitation token sets the password.
  const password = 'Limited-Pass-1';
  const token = user.body.data.registrationToken;
  const reg = await http(site.url).post('/admin/register', {
    registrationToken: token,
    userInfo: { firstname: 'Limited', lastname: 'Moderator', password },
  });
  if (reg.status !== 200) throw new Error(`register: ${reg.status} ${JSON.stringify(reg.body)}`);
  return { email, password, jwt: reg.body.data.token as string };
};
