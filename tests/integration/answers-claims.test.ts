/**
 * Information attacks: a claim with two places, their refutations moving through planned → posted
 * and the dialogue through its states; comments that repeat the claim suggested from the filter's
 * fingerprints and linked (once each); URLs and lengths checked; every route's hostile twin.
 */
import { adminWith, API, type Client } from '../helpers/console';
import { articles, P, postComment } from '../helpers/site';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

describe('claims', () => {
  let app: Booted;
  let admin: Client;
  let posts: string[];

  beforeAll(async () => {
    app = await bootStrapi({ config: { notifications: { email: false } } });
    admin = http(app.url, await adminLogin(app.url));
    posts = await articles(app);
    app.strapi.plugin('brand-community').service('clock').set(new Date('2026-11-20T10:00:00Z'));
  });
  afterAll(async () => {
    await app?.stop();
  });

  const STATEMENT = 'Their face cream contains mercury and burns the skin';

  it('records a claim with two places and moves their refutations and dialogue through their states', async () => {
    const created = await admin.post(`${API}/claims`, {
      statement: STATEMENT,
      evidence: 'Lab report 2026-114 from an accredited lab: no mercury detected.',
      firstSeenAt: '2026-11-18T08:00:00Z',
    });
    expect(created.status).toBe(200);
    const id = created.body.data.documentId;
    expect(created.body.data).toMatchObject({ statement: STATEMENT, firstSeenAt: '2026-11-18T08:00:00.000Z', places: [], links: [] });

    const a = await admin.post(`${API}/claims/${id}/places`, { url: 'https://forum.example.net/t/cream-mercury', platform: 'Forum', reach: 12_000, firstSeenAt: '2026-11-18T09:00:00Z' });
    expect(a.status).toBe(200);
    const b = await admin.post(`${API}/claims/${id}/places`, { url: 'https://video.example.org/watch?v=abc', platform: 'Video', reach: 250_000 });
    expect(b.body.data.places).toHaveLength(2);
    const [pa, pb] = b.body.data.places;
    expect(b.body.data.progress).toMatchObject({ places: 2, reach: 262_000, refutation: { none: 2, planned: 0, posted: 0 }, dialogue: { 'no-answer': 2 } });

    // Place A: a text refutation, planned then posted, then a dialogue that ends resolved.
    expect((await admin.put(`${API}/claims/${id}/places/${pa.documentId}`, { refutation: 'planned', format: 'text' })).status).toBe(200);
    const noText = await admin.put(`${API}/claims/${id}/places/${pa.documentId}`, { refutation: 'posted' });
    expect(noText.status).toBe(400);
    expect(noText.body.error.details.field).toBe('refutationText');
    const postedA = await admin.put(`${API}/claims/${id}/places/${pa.documentId}`, {
      refutation: 'posted',
      refutationText: 'The cream was tested by an accredited lab: no mercury. The report is public.',
    });
    expect(postedA.body.data.places[0]).toMatchObject({ refutation: 'posted', format: 'text', postedAt: '2026-11-20T10:00:00.000Z' });
    await admin.put(`${API}/claims/${id}/places/${pa.documentId}`, { dialogue: 'in-dialogue' });
    await admin.put(`${API}/claims/${id}/places/${pa.documentId}`, { dialogue: 'resolved' });

    // Place B: through an opinion leader; who it is is required; the dialogue escalates.
    const noLeader = await admin.put(`${API}/claims/${id}/places/${pb.documentId}`, { refutation: 'posted', format: 'opinion-leader' });
    expect(noLeader.body.error.details.field).toBe('leader');
    const postedB = await admin.put(`${API}/claims/${id}/places/${pb.documentId}`, {
      refutation: 'posted',
      format: 'opinion-leader',
      leader: 'Dr. Lee, dermatologist (@drlee)',
      dialogue: 'escalated',
    });
    expect(postedB.status).toBe(200);

    const detail = await admin.get(`${API}/claims/${id}`);
    expect(detail.body.data.places.map((p: any) => [p.refutation, p.format, p.dialogue])).toEqual([
      ['posted', 'text', 'resolved'],
      ['posted', 'opinion-leader', 'escalated'],
    ]);
    expect(detail.body.data.progress).toMatchObject({ refutation: { posted: 2 }, dialogue: { resolved: 1, escalated: 1, 'no-answer': 0 } });
    const list = await admin.get(`${API}/claims`);
    expect(list.body.data[0]).toMatchObject({ documentId: id, progress: { places: 2 } });
  });

  it('suggests the site comments that look like the claim and links them once each, logged', async () => {
    const repeats = [
      'Their face cream contains mercury and burns the skin, stay away!!',
      'I read that their face cream contains mercury and burns the skin. Is it true?',
      'their FACE CREAM contains mercury & burns the skin 😡',
    ];
    const ids: string[] = [];
    for (const [i, content] of repeats.entries()) {
      const res = await postComment(app, { content, authorName: `R${i}`, authorEmail: `r${i}@example.org`, article: posts[i % posts.length] });
      expect(res.status).toBe(201);
      ids.push(res.body.data.documentId);
    }
    const unrelated = await postComment(app, { content: 'Delivery was quick and the box was well packed, thanks.', authorName: 'U', authorEmail: 'u@example.org', article: posts[0] });
    const [claim] = (await admin.get(`${API}/claims`)).body.data;

    const suggested = await admin.get(`${API}/claims/${claim.documentId}/suggestions`);
    expect(suggested.status).toBe(200);
    expect(suggested.body.meta.count).toBe(3);
    expect(suggested.body.data.map((s: any) => s.commentId).sort()).toEqual([...ids].sort());
    expect(suggested.body.data.map((s: any) => s.commentId)).not.toContain(unrelated.body.data.documentId);

    const linked = await admin.post(`${API}/claims/${claim.documentId}/links`, { comments: [{ commentId: ids[0] }, { commentId: ids[1] }, { commentId: ids[0] }] });
    expect(linked.status).toBe(200);
    expect(linked.body.meta.linked).toBe(2);
    expect(linked.body.data.linkedComments).toBe(2);
    const again = await admin.post(`${API}/claims/${claim.documentId}/links`, { comments: [{ commentId: ids[1] }] });
    expect(again.body.meta.linked).toBe(0);
    const after = await admin.get(`${API}/claims/${claim.documentId}/suggestions`);
    expect(after.body.data.map((s: any) => s.commentId)).toEqual([ids[2]]);
    expect(await app.strapi.documents(`${P}.moderation-log`).findMany({ filters: { action: 'linked', relatedEntry: claim.documentId } })).toHaveLength(2);

    // Unlinking (a moderator's correction): the comment is suggested again; twice at once logs once.
    const [first, second] = await Promise.all([
      admin.del(`${API}/claims/${claim.documentId}/links/${ids[0]}`),
      admin.del(`${API}/claims/${claim.documentId}/links/${ids[0]}?target=${encodeURIComponent(`api::comment.comment`)}`),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 404]);
    const ok = first.status === 200 ? first : second;
    expect(ok.body.meta.unlinked).toBe(1);
    expect(ok.body.data.linkedComments).toBe(1);
    expect(ok.body.data.links.map((l: any) => l.commentId)).toEqual([ids[1]]);
    const back = await admin.get(`${API}/claims/${claim.documentId}/suggestions`);
    expect(back.body.data.map((s: any) => s.commentId).sort()).toEqual([ids[0], ids[2]].sort());
    expect(await app.strapi.documents(`${P}.moderation-log`).findMany({ filters: { action: 'unlinked', relatedEntry: claim.documentId } })).toHaveLength(1);
    // Linked again after an unlink (the unique link key is free again).
    expect((await admin.post(`${API}/claims/${claim.documentId}/links`, { comments: [{ commentId: ids[0] }] })).body.meta.linked).toBe(1);
  });

  describe('hostile twins', () => {
    let reader: Client;
    let claimId: string;
    beforeAll(async () => {
      reader = await adminWith(app, ['answers.read']);
      claimId = (await admin.get(`${API}/claims`)).body.data[0].documentId;
    });

    it.each([
      ['POST', `${API}/claims`],
      ['PUT', `${API}/claims/abc`],
      ['POST', `${API}/claims/abc/places`],
      ['PUT', `${API}/claims/abc/places/def`],
      ['POST', `${API}/claims/abc/links`],
      ['DELETE', `${API}/claims/abc/links/def`],
    ])('%s %s: 401 without a token, 403 without claims.manage', async (method, path) => {
      const call = (c: Client) => (method === 'PUT' ? c.put(path, {}) : method === 'DELETE' ? c.del(path) : c.post(path, {}));
      expect((await call(http(app.url))).status).toBe(401);
      expect((await call(reader)).status).toBe(403);
      expect((await reader.get(`${API}/claims/${claimId}`)).status).toBe(200);
    });

    it.each([
      [{}, 'statement'],
      [{ statement: '   ' }, 'statement'],
      [{ statement: 's'.repeat(2001) }, 'statement'],
      [{ statement: 'ok', firstSeenAt: 'yesterday' }, 'firstSeenAt'],
      [{ statement: 'ok', evidence: { $gt: '' } }, 'evidence'],
      [{ statement: 'ok', status: 'open' }, 'status'],
    ])('refuses a bad claim %j with a 400 naming `%s`', async (body, field) => {
      const res = await admin.post(`${API}/claims`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.details).toMatchObject({ code: 'BAD_REQUEST', field });
    });

    it.each([
      [{ url: 'javascript:alert(1)' }, 'url'],
      [{ url: 'ftp://example.org/file' }, 'url'],
      [{ url: 'https://example.org/a https://evil.example/b' }, 'url'],
      [{ url: `https://example.org/${'a'.repeat(2048)}` }, 'url'],
      [{ url: 'not a url' }, 'url'],
      [{ url: 'https://example.org', reach: -1 }, 'reach'],
      [{ url: 'https://example.org', reach: 1.5 }, 'reach'],
      [{ url: 'https://example.org', refutation: 'done' }, 'refutation'],
      [{ url: 'https://example.org', format: 'meme' }, 'format'],
      [{ url: 'https://example.org', dialogue: 'angry' }, 'dialogue'],
      [{ url: 'https://example.org', videoUrl: 'data:text/html,<b>' }, 'videoUrl'],
      [{ url: 'https://example.org', platform: 'p'.repeat(101) }, 'platform'],
    ])('refuses a bad place %j with a 400 naming `%s`', async (body, field) => {
      const res = await admin.post(`${API}/claims/${claimId}/places`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.details).toMatchObject({ code: 'BAD_REQUEST', field });
    });

    it('keeps markup in a statement as text, refuses bad links and unknown ids', async () => {
      const res = await admin.post(`${API}/claims`, { statement: '<img src=x onerror=alert(1)> is poison' });
      expect(res.body.data.statement).toBe('<img src=x onerror=alert(1)> is poison');
      expect((await admin.post(`${API}/claims/${claimId}/links`, { comments: [] })).body.error.details.field).toBe('comments');
      expect((await admin.post(`${API}/claims/${claimId}/links`, { comments: 'all' })).body.error.details.field).toBe('comments');
      expect((await admin.post(`${API}/claims/${claimId}/links`, { comments: [{ commentId: 'nosuch' }] })).status).toBe(404);
      expect((await admin.get(`${API}/claims/nosuchclaim`)).status).toBe(404);
      expect((await admin.del(`${API}/claims/${claimId}/links/nosuch`)).status).toBe(404);
      expect((await admin.del(`${API}/claims/nosuchclaim/links/nosuch`)).status).toBe(404);
      expect((await admin.del(`${API}/claims/${claimId}/links/..%2Fetc`)).body.error.details.field).toBe('commentId');
      expect((await admin.del(`${API}/claims/${claimId}/links/abc?target=api::order.order`)).body.error.details.field).toBe('target');
      expect((await admin.del(`${API}/claims/${claimId}/links/abc?all=1`)).body.error.details.field).toBe('all');
      expect((await admin.put(`${API}/claims/${claimId}/places/nosuchplace`, { dialogue: 'resolved' })).status).toBe(404);
    });
  });
});
