/** Explanations sent to authors: the author's words stay quoted text in both parts of the e-mail. */
import { appealDecisionMessage } from '../../../server/src/utils/appeal-texts';
import { buildMessage, renderHtml } from '../../../server/src/utils/messages';

describe('explanation e-mails', () => {
  const hostile = 'Click <a href="https://evil.example/login">here</a> & <img src=x onerror=alert(1)>\nsecond line';

  it('quotes the comment line by line in the text part', () => {
    const { body } = buildMessage({ kind: 'removed', rule: { number: 1, title: 'No insults' }, excerpt: hostile }, 'en');
    expect(body).toContain('Your comment, as you wrote it:');
    expect(body).toContain('> Click <a href="https://evil.example/login">here</a>');
    expect(body).toContain('> second line');
  });

  it('escapes everything in the HTML part: no element comes from the comment', () => {
    const { body } = buildMessage({ kind: 'removed', excerpt: hostile }, 'en');
    const html = renderHtml(body);
    expect(html).not.toMatch(/<a\s/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;a href=&quot;https://evil.example/login&quot;&gt;here&lt;/a&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    // The comment sits in a quotation, apart from the brand's own sentences.
    expect(html).toMatch(/<blockquote[^>]*>Click &lt;a .*<br>second line<\/blockquote>/);
    // Only the tags we write.
    const tags = new Set([...html.matchAll(/<\/?([a-z!]+)/gi)].map((m) => m[1].toLowerCase()));
    expect([...tags].sort()).toEqual(['!doctype', 'blockquote', 'body', 'br', 'html', 'p']);
  });

  it('cannot be tricked into closing the quotation early', () => {
    const html = renderHtml(buildMessage({ kind: 'removed', excerpt: '</blockquote><p>We owe you $500</p>' }, 'en').body);
    expect(html.match(/<blockquote/g)).toHaveLength(1);
    expect(html).toContain('&lt;/blockquote&gt;&lt;p&gt;We owe you $500&lt;/p&gt;');
  });

  it('invites a reply only when a reply address exists', () => {
    const withReply = buildMessage({ kind: 'removed', canReply: true }, 'en').body;
    const without = buildMessage({ kind: 'removed' }, 'en').body;
    expect(withReply).toContain('reply to this message');
    expect(without).not.toMatch(/reply/i);
    expect(without).toContain('Nothing you wrote was lost');
    for (const locale of ['ru', 'zh-Hans']) {
      expect(buildMessage({ kind: 'removed', canReply: true }, locale).body).not.toBe(buildMessage({ kind: 'removed' }, locale).body);
    }
  });
});

describe('explanation texts edited by editors', () => {
  it('uses the edited fields and the built-in text of the same language for the rest', () => {
    const { subject, body } = buildMessage({ kind: 'removed', excerpt: 'x' }, 'ru', { removed: 'Скрыто модератором', yourComment: '  ' });
    expect(subject).toBe('Скрыто модератором');
    expect(body).toContain('Ваш комментарий, как вы его написали:');
  });

  it('fills known placeholders and leaves a misspelt one as written', () => {
    const { body } = buildMessage(
      { kind: 'warned', warnings: 1, maxWarnings: 2, rule: { number: 2, title: 'No spam' } },
      'en',
      { warnCount: 'Warning {warnings}/{max} {warning}', ruleLine: '#{number} {title}' }
    );
    expect(body).toContain('Warning 1/2 {warning}');
    expect(body).toContain('#2 No spam');
  });

  it('keeps an editor’s end punctuation instead of adding a second one', () => {
    expect(buildMessage({ kind: 'removed' }, 'en', { removed: 'Removed!' }).body.split('\n')[0]).toBe('Removed!');
    expect(buildMessage({ kind: 'removed' }, 'en').body.split('\n')[0]).toBe('Your comment was removed.');
  });
});

describe('appeal texts edited by editors', () => {
  it('ends an explanation with the editors’ appeal line, the link filled in', () => {
    const { body } = buildMessage({ kind: 'removed', appealUrl: 'https://shop.example/appeal/abc' }, 'en', {
      appealLink: 'Disagree? {url} (once)',
    });
    expect(body.split('\n').at(-1)).toBe('Disagree? https://shop.example/appeal/abc (once)');
    expect(buildMessage({ kind: 'removed', appealUrl: 'https://x.example/a' }, 'zh-Hans').body).toContain('此链接仅可使用一次');
  });

  it('answers a kept appeal in the editors’ words, the author’s message quoted', () => {
    const { subject, body } = appealDecisionMessage('ru', 'Это не реклама\n<b>честно</b>', { appealReviewed: 'Мы всё проверили' });
    expect(subject).toBe('Мы всё проверили');
    expect(body).toContain('Модератор прочитал ваше обращение');
    expect(body).toContain('> Это не реклама\n> <b>честно</b>');
  });
});
