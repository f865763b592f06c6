import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/**
 * A real SMTP server on loopback (smtp-server), for tests of what Skjold sends. `hold()` makes the next message
 * wait before it is accepted until `release()` (so a test can kill the sender mid-send).
 */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  let holding = false;
  const held: (() => void)[] = [];
  let onHeld: (() => void) | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (d: string) => (raw += d));
      stream.on('end', () => {
        const accept = () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        };
        if (holding) {
          held.push(() => callback(new Error('afbrudt')));
          onHeld?.();
        } else accept();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Messages from now on are held (never accepted) until released; resolves when one is being held. */
    hold: () => {
      holding = true;
      return new Promise<void>((resolve) => (onHeld = resolve));
    },
    release: () => {
      holding = false;
      for (const h of held.splice(0)) h();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The message body decoded from quoted-printable (what a reader sees). */
export function mailText(raw: string): string {
  const body = raw.split(/\r?\n\r?\n/).slice(1).join('\n\n');
  return body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/[\u00c0-\u00ff][\u0080-\u00bf]/g, (s) => Buffer.from(s, 'latin1').toString('utf8'));
}

/**
 * What a message could carry about a person, for "names nothing" checks: the raw message without the recipient
 * line (`to` is asserted on its own) and without the tokens the mailer makes up (Message-ID, Date, MIME
 * boundaries), whose random hex or clock digits may by chance hold a string such as "165".
 */
export function mailContent(mail: ReceivedMail): string {
  const boundaries = [...mail.raw.matchAll(/boundary="?([^";\r\n]+)"?/gi)].map((m) => m[1]!);
  const withoutHeaders = mail.raw.replace(/^(to|message-id|date):.*(\r?\n[ \t].*)*$/gim, '');
  return boundaries.reduce((s, b) => s.split(b).join(''), withoutHeaders);
}
