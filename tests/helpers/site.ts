/** Helpers that act as a site visitor and a moderator would, over real HTTP. */
import { http, type Booted } from './strapi';

export const P = 'plugin::brand-community';

export const articles = async (app: Booted): Promise<string[]> => {
  const res = await http(app.url).get('/api/articles?sort=id:asc');
  return res.body.data.map((a: any) => a.documentId);
};

export const postComment = (
  app: Booted,
  data: { content?: unknown; authorName?: unknown; authorEmail?: unknown; article?: string },
  headers: Record<string, string> = {}
) => http(app.url).post('/api/comments', { data }, headers);

export const logs = (app: Booted, filters: Record<string, unknown> = {}) =>
  app.strapi.documents(`${P}.moderation-log`).findMany({ filters, sort: ['id:asc'], populate: ['rule'] });

export const commentsBy = (app: Booted, authorEmail: string) =>
  app.strapi.documents('api::comment.comment').findMany({ filters: { authorEmail }, populate: ['article'] });

export const standing = (app: Booted, authorKey: string) =>
  app.strapi.db.query(`${P}.author-standing`).findOne({ where: { authorKey } });

/** Creates an admin with the given built-in role (e.g. strapi-editor) and returns its credentials. */
export const createAdmin = async (app: Booted, roleCode: string, email: string) => {
  const role = await app.strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  const password = 'Editor-Pass-1';
  await app.strapi.service('admin::user').create({
    email,
    firstname: 'Test',
    lastname: roleCode,
    password,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  return { email, password };
};
