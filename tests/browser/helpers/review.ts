/**
 * The review scenario of the Overview and Deletions tests: one comment per way the filter
 * takes a comment out of view, posted over REST as visitors would.
 */
import { articles, eventually, postComment, superAdmin } from './data';
import type { Site } from './site';

export const XSS = '<img src=x onerror=alert(1)>';

export const COMMENTS = {
  /** Disguised obscenity: removed and explained. */
  obscene: { content: 'Your support is f u c k i n g useless', authorName: 'Bob', authorEmail: 'bob@example.org' },
  /** Advertising: removed without explanation, the author banned. */
  ad: {
    content: 'Cheap followers and likes, write to t.me/boost_fast or WhatsApp +971 50 123 4567',
    authorName: 'Promo',
    authorEmail: 'promo@example.net',
  },
  /** Posted under one article (kept), then again under another (removed as a repeat). */
  repeat: { content: 'I was charged twice for order 5512 and nobody answers my emails!', authorName: 'Rita', authorEmail: 'rita@example.org' },
  /** A bare e-mail address with no promotion: held for a moderator. */
  contact: { content: 'my email is someone@example.net, please call', authorName: 'Carl', authorEmail: 'carl@example.org' },
  /** Markup and a swear word: removed; the console must show the markup as text. */
  markup: { content: `What a sh1tty shop ${XSS}`, authorName: 'Eve', authorEmail: 'eve@example.org' },
} as const;

export type ScenarioKey = keyof typeof COMMENTS;

/** The super admin's API client, logged in once per site (see `superAdmin`). */
export const adminApi = superAdmin;

/**
 * Checks what the filter does with the held comment (POST /brand-community/check), then posts
 * every comment. Returns the articles; throws with the HTTP answer when a comment is not refused.
 */
export const postScenario = async (site: Site) => {
  const api = await adminApi(site);
  const check = await api.post('/brand-community/check', { text: COMMENTS.contact.content });
  if (check.status !== 200 || check.body.data.moderatedAs !== 'contact' || check.body.data.action !== 'hold') {
    throw new Error(`the contact comment is not held: ${check.status} ${JSON.stringify(check.body)}`);
  }
  const posts = await articles(site);
  const post = async (key: ScenarioKey, article: string, status: number) => {
    const res = await postComment(site, { ...COMMENTS[key], article });
    if (res.status !== status) throw new Error(`${key}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  await post('obscene', posts[0], 403);
  await post('ad', posts[1], 403);
  await post('repeat', posts[0], 201);
  await post('repeat', posts[1], 403);
  const held = await post('contact', posts[1], 403);
  if (held.body?.error?.details?.code !== 'COMMENT_HELD') throw new Error(`contact: ${JSON.stringify(held.body)}`);
  await post('markup', posts[0], 403);
  return posts;
};

/**
 * Waits until every explanation the scenario queued has gone out: e-mailed, and logged `notified`
 * (the worker sends them in the background), so counts read now stay as they are.
 */
export const explanationsSent = async (site: Site) => {
  const api = await adminApi(site);
  const total = async (path: string) => (await api.get(path)).body.meta.pagination.total as number;
  await eventually(
    async () => ({
      queued: await total('/brand-community/notifications?status=queued&pageSize=1'),
      sending: await total('/brand-community/notifications?status=sending&pageSize=1'),
      sent: await total('/brand-community/notifications?channel=email&status=sent&pageSize=1'),
      notified: await total('/brand-community/logs?action=notified&pageSize=1'),
    }),
    (n) => n.queued === 0 && n.sending === 0 && n.sent > 0 && n.notified === n.sent,
    30_000
  );
};

/** The queue entry (removed, held or flagged) of one scenario comment, from the admin API. */
export const entryOf = async (site: Site, key: ScenarioKey) => {
  const api = await adminApi(site);
  const res = await api.get(`/brand-community/logs?action=queue&author=${encodeURIComponent(COMMENTS[key].authorEmail)}&pageSize=50`);
  const entry = res.body.data.find(
    (e: { originalText: string | null; action: string }) => e.originalText === COMMENTS[key].content
  );
  if (!entry) throw new Error(`no queue entry for ${key}: ${JSON.stringify(res.body)}`);
  return entry as {
    documentId: string;
    action: string;
    category: string;
    originalText: string;
    evidence: Array<{ start: number; end: number; term: string; detector: string }>;
    review: { outcome: string } | null;
  };
};
