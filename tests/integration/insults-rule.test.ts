/**
 * Each removal cites the right rule: obscenity found only through insult or slur terms cites a
 * published `insults` rule; swearing, or swearing mixed with an insult, cites the obscenity rule.
 */
import { articles, postComment, P } from '../helpers/site';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

describe('rule category of obscenity: insults vs obscenity', () => {
  let app: Booted;
  let posts: string[];
  let admin: ReturnType<typeof http>;

  beforeAll(async () => {
    app = await bootStrapi({ config: { notifications: { email: false } } });
    posts = await articles(app);
    admin = http(app.url, await adminLogin(app.url));
    const rules = app.strapi.documents(`${P}.community-rule`);
    const rule = await rules.create({
      locale: 'en',
      data: { number: 7, category: 'insults', title: 'No name-calling', explanation: 'Criticise the work, not people.' },
    });
    await rules.publish({ documentId: rule.documentId, locale: 'en' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const post = (content: string, i: number) =>
    postComment(app, { content, authorName: `A${i}`, authorEmail: `a${i}@example.org`, article: posts[i % posts.length] });

  it('an insult or a slur cites the insults rule', async () => {
    for (const [i, text] of ['You absolute asshat, where is my parcel?', 'the courier is a total dickhat', 'Support staff are retards'].entries()) {
      const res = await post(text, i);
      expect([text, res.status]).toEqual([text, 403]);
      expect(res.body.error.details.rule).toEqual({ number: 7, title: 'No name-calling' });
    }
  });

  it('swearing, or swearing with an insult, cites the obscenity rule', async () => {
    for (const [i, text] of ['What the fuck is this delivery', 'fucking asshat courier'].entries()) {
      const res = await post(text, 10 + i);
      expect([text, res.status]).toEqual([text, 403]);
      expect(res.body.error.details.rule).toEqual({ number: 1, title: 'No obscenity or insults' });
    }
  });

  it('"Test a comment" cites the same rule', async () => {
    const res = await admin.post('/brand-community/check', { text: 'what a jackass' });
    expect(res.status).toBe(200);
    expect(res.body.data.rule).toMatchObject({ number: 7, title: 'No name-calling' });
  });
});
