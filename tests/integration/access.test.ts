/**
 * Access, enumerated from what the plugin registers: every admin route needs a token and its own
 * RBAC action; nothing internal is reachable from the content API or GraphQL; the REST and GraphQL
 * routes of a moderated collection refuse alike; the Content Manager's "duplicate" is screened.
 */
import { articles, postComment } from '../helpers/site';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

const PLUGIN = 'brand-community';

interface RouteInfo {
  method: string;
  path: string;
  action: string | null;
}

describe('access', () => {
  let app: Booted;
  let posts: string[];
  let routes: RouteInfo[];

  beforeAll(async () => {
    app = await bootStrapi();
    posts = await articles(app);
    routes = app.strapi.plugin(PLUGIN).routes.admin.routes.map((r: any) => {
      const policy = (r.config?.policies ?? []).find((p: any) => p?.name === 'admin::hasPermissions');
      return { method: r.method, path: `/${PLUGIN}${r.path}`.replace(/:(\w+)/g, 'someone%40example.org'), action: policy?.config?.actions?.[0] ?? null };
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const call = (client: ReturnType<typeof http>, r: RouteInfo) =>
    r.method === 'GET'
      ? client.get(r.path)
      : r.method === 'PUT'
        ? client.put(r.path, {})
        : r.method === 'DELETE'
          ? client.del(r.path)
          : client.post(r.path, {});

  it('registers admin routes, each with the authenticated-admin policy and exactly one plugin action', () => {
    expect(routes.length).toBeGreaterThanOrEqual(9);
    for (const r of app.strapi.plugin(PLUGIN).routes.admin.routes) {
      const names = (r.config?.policies ?? []).map((p: any) => (typeof p === 'string' ? p : p.name));
      expect(names).toEqual(['admin::isAuthenticatedAdmin', 'admin::hasPermissions']);
    }
    for (const r of routes) expect(r.action).toMatch(new RegExp(`^plugin::${PLUGIN}\\.[a-z]+\\.[a-z]+$`));
  });

  it('answers 401 on every admin route without a token', async () => {
    for (const r of routes) {
      const res = await call(http(app.url), r);
      expect([r.method, r.path, res.status]).toEqual([r.method, r.path, 401]);
    }
  });

  it('answers 403 on every admin route to an admin whose role has every plugin action but that one', async () => {
    const actions = [...new Set(routes.map((r) => r.action as string))];
    const all: string[] = app.strapi
      .service('admin::permission')
      .actionProvider.values()
      .map((a: any) => a.actionId)
      .filter((id: string) => id.startsWith(`plugin::${PLUGIN}.`));
    for (const missing of actions) {
      const role = await app.strapi.service('admin::role').create({ name: `All but ${missing}`, description: 'test' });
      await app.strapi.service('admin::role').assignPermissions(
        role.id,
        all.filter((a) => a !== missing).map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
      );
      const email = `${missing.split('.').slice(1).join('-')}@example-shop.com`;
      await app.strapi.service('admin::user').create({
        email,
        firstname: 'No',
        lastname: missing,
        password: 'Access-Pass-1',
        isActive: true,
        registrationToken: null,
        roles: [role.id],
      });
      const client = http(app.url, await adminLogin(app.url, email, 'Access-Pass-1'));
      for (const r of routes.filter((x) => x.action === missing)) {
        const res = await call(client, r);
        expect([r.method, r.path, res.status]).toEqual([r.method, r.path, 403]);
      }
    }
  });

  it('serves published rules and announcements publicly, and nothing internal from the content API', async () => {
    expect((await http(app.url).get(`/api/${PLUGIN}/rules`)).status).toBe(200);
    expect((await http(app.url).get(`/api/${PLUGIN}/announcements`)).status).toBe(200);
    for (const path of ['logs', 'moderation-logs', 'author-standings', 'notifications', 'comment-fingerprints', 'stats', 'reviews']) {
      const res = await http(app.url).get(`/api/${PLUGIN}/${path}`);
      expect([path, res.status]).toEqual([path, 404]);
    }
  });

  it('never shows a commenter\'s e-mail in the public REST API', async () => {
    const res = await http(app.url).get('/api/comments?fields[0]=authorEmail&fields[1]=content');
    expect(res.status === 400 || res.status === 200).toBe(true);
    if (res.status === 200) for (const c of res.body.data) expect(c.authorEmail).toBeUndefined();
    const all = await http(app.url).get('/api/comments');
    expect(all.body.data.length).toBeGreaterThan(0);
    for (const c of all.body.data) expect(c).not.toHaveProperty('authorEmail');
  });

  const gql = (query: string, variables?: Record<string, unknown>) =>
    http(app.url).post('/graphql', { query, variables });

  it('keeps internal models out of the GraphQL schema', async () => {
    const res = await gql('{ __schema { types { name } queryType { fields { name } } mutationType { fields { name } } } }');
    expect(res.status).toBe(200);
    const names: string[] = [
      ...res.body.data.__schema.types.map((t: any) => t.name),
      ...res.body.data.__schema.queryType.fields.map((f: any) => f.name),
      ...res.body.data.__schema.mutationType.fields.map((f: any) => f.name),
    ];
    expect(names).toContain('Comment');
    // The public models stay (rules are readable); nothing of the internal ones does.
    expect(names.some((n) => /CommunityRule/i.test(n))).toBe(true);
    const internal = /moderation_?log|author_?standing|comment_?fingerprint|BrandCommunity(Notification|Review)/i;
    expect(names.filter((n) => internal.test(n))).toEqual([]);
  });

  it('refuses an obscene comment through a GraphQL mutation with the same code as REST', async () => {
    const mutation = `mutation($data: CommentInput!) { createComment(data: $data) { documentId content } }`;
    const data = { content: 'You are all f*cking clowns', authorName: 'G', authorEmail: 'graphql@example.org', article: posts[0] };
    const res = await gql(mutation, { data });
    expect(res.body.data?.createComment ?? null).toBeNull();
    const error = res.body.errors[0];
    expect(error.extensions.error.details.code).toBe('COMMENT_REMOVED');
    expect(error.extensions.error.details.rule.number).toBe(1);
    const rest = await postComment(app, { ...data, authorEmail: 'rest@example.org' });
    expect(rest.body.error.details.code).toBe(error.extensions.error.details.code);
  });

  it('screens the Content Manager\'s duplicate (clone) of a comment', async () => {
    const documents = app.strapi.documents('api::comment.comment');
    const source = await documents.create({
      data: { content: 'A kind remark', authorName: 'Cleo', authorEmail: 'cleo@example.org', article: posts[0] },
    });
    await expect(documents.clone({ documentId: source.documentId, data: { content: 'Now it is f*cking rude' } })).rejects.toMatchObject({
      details: { code: 'COMMENT_REMOVED' },
    });
    const cloneCount = await app.strapi.db.query('api::comment.comment').count({ where: { authorEmail: 'cleo@example.org' } });
    expect(cloneCount).toBe(1);
    const [entry] = await app.strapi.documents(`plugin::${PLUGIN}.moderation-log`).findMany({
      filters: { authorKey: 'cleo@example.org', action: 'removed' },
    });
    // The log keeps the whole comment the clone would have made, so a restore can re-create it.
    expect(entry.originalData).toMatchObject({ content: 'Now it is f*cking rude', authorName: 'Cleo', authorEmail: 'cleo@example.org', article: posts[0] });
  });
});
