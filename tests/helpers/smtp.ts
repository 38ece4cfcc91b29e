/** A real SMTP server on loopback that keeps every message it receives (parsed). */
import type { AddressInfo } from 'node:net';

import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Mailbox {
  port: number;
  messages: ParsedMail[];
  /** When true, every message is refused with a 451 (server "down" for mail). */
  failing: boolean;
  waitFor: (predicate: (m: ParsedMail) => boolean, timeoutMs?: number) => Promise<ParsedMail>;
  close: () => Promise<void>;
}

export const startSmtp = async (): Promise<Mailbox> => {
  const box: Mailbox = {
    port: 0,
    messages: [],
    failing: false,
    waitFor: async (predicate, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = box.messages.find(predicate);
        if (found) return found;
        if (Date.now() > deadline) {
          throw new Error(`no matching e-mail within ${timeoutMs} ms; got: ${box.messages.map((m) => m.subject).join(' | ')}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        if (box.failing) {
          const err: any = new Error('Mailbox temporarily unavailable');
          err.responseCode = 451;
          callback(err);
          return;
        }
        box.messages.push(await simpleParser(Buffer.concat(chunks)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  box.port = (server.server.address() as AddressInfo).port;
  return box;
};

/** The "To" header of a received message as text ('' when it has none). */
export const recipients = (m: ParsedMail): string =>
  (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).map((a) => a.text).join(', ');
