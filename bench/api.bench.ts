/**
 * npm run bench:api   (= build the plugin, then tsx bench/api.bench.ts)
 *
 * What the plugin costs a comment create over REST: two playground processes (SQLite, each its
 * own database), one with the plugin moderating comments (`targets` as the playground sets them)
 * and one with the plugin loaded but no targets. autocannon drives `POST /api/comments` with
 * clean comments from distinct authors (the common case: nothing to remove), in alternating
 * rounds (A B, B A, …) so drift and machine load hit both sides alike.
 *
 * Prints each round, the medians, and last: `overhead.p50=<p50 with targets ÷ p50 without>`.
 * Env: BENCH_ROUNDS (default 4), BENCH_SECONDS (per run, default 6), BENCH_CONNECTIONS (default 10).
 */
import autocannon from 'autocannon';

import { startSite, type Site } from '../tests/browser/helpers/site';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const SENTENCES = [
  'Where is my order? It was due on Monday and the tracking has not moved.',
  'Thanks for the early warning about the maintenance window.',
  'The new return policy is great, sixty days is generous.',
  'Доставка опять задерживается, когда ждать посылку?',
  '请问什么时候恢复正常？我的订单一直没有更新。',
  'Checkout failed twice with my card, is the payment service down?',
];

interface Run {
  side: 'with' | 'without';
  p50: number;
  p99: number;
  rps: number;
  errors: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

let counter = 0;
const load = async (site: Site, article: string, seconds: number, side: Run['side']): Promise<Run> => {
  const result = await autocannon({
    url: site.url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/comments',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req: any) => {
          counter += 1;
          const content = `${SENTENCES[counter % SENTENCES.length]} (${counter})`;
          return {
            ...req,
            body: JSON.stringify({
              data: { content, authorName: `Reader ${counter}`, authorEmail: `reader${counter}@example.org`, article },
            }),
          };
        },
      },
    ],
  });
  const errors = result.errors + result.non2xx;
  return { side, p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, errors };
};

const firstArticle = async (site: Site) => {
  const res = await fetch(`${site.url}/api/articles`);
  const body: any = await res.json();
  return body.data[0].documentId as string;
};

const main = async () => {
  const quiet = { STRAPI_LOG_LEVEL: 'warn', BRAND_COMMUNITY_POLL_MS: '5000' };
  const withTargets = await startSite({ admin: false, env: quiet });
  const without = await startSite({ admin: false, env: quiet, config: { targets: [] } });
  try {
    const sides = { with: { site: withTargets, article: await firstArticle(withTargets) }, without: { site: without, article: await firstArticle(without) } };
    console.log(`warm-up (2 s each), then ${ROUNDS} rounds of ${SECONDS} s per side, ${CONNECTIONS} connections`);
    await load(sides.with.site, sides.with.article, 2, 'with');
    await load(sides.without.site, sides.without.article, 2, 'without');

    const runs: Run[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const order: Run['side'][] = round % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
      for (const side of order) {
        const r = await load(sides[side].site, sides[side].article, SECONDS, side);
        runs.push(r);
        console.log(`round ${round + 1} ${side.padEnd(7)} p50=${r.p50} ms p99=${r.p99} ms throughput=${r.rps.toFixed(1)} req/s errors=${r.errors}`);
      }
    }
    const summary = (side: Run['side']) => {
      const rs = runs.filter((r) => r.side === side);
      return { p50: median(rs.map((r) => r.p50)), p99: median(rs.map((r) => r.p99)), rps: median(rs.map((r) => r.rps)), errors: rs.reduce((n, r) => n + r.errors, 0) };
    };
    const w = summary('with');
    const wo = summary('without');
    console.log(`with targets:    p50=${w.p50} ms p99=${w.p99} ms throughput=${w.rps.toFixed(1)} req/s errors=${w.errors}`);
    console.log(`without targets: p50=${wo.p50} ms p99=${wo.p99} ms throughput=${wo.rps.toFixed(1)} req/s errors=${wo.errors}`);
    console.log(`overhead.p99=${(w.p99 / wo.p99).toFixed(2)}`);
    console.log(`throughput.ratio=${(w.rps / wo.rps).toFixed(2)}`);
    console.log(`overhead.p50=${(w.p50 / wo.p50).toFixed(2)}`);
  } finally {
    await withTargets.stop();
    await without.stop();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
