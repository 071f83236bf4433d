import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server in the test process, for the panel's mail. While `refusing`, an address
 * starting with "onbekend" gets a 550 (no such mailbox): the outbox marks that message
 * bounced. `stop()` and `start()` again on the same port make an outage.
 */
export class TestSmtp {
  readonly received: ParsedMail[] = [];
  refusing = true;
  private server: SMTPServer | null = null;

  /** Port 0 takes a free one at the first start and keeps it for later starts. */
  constructor(public port = 0) {}

  async start(): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.refusing && address.address.startsWith('onbekend')) {
          const error = new Error('Mailbox unavailable') as Error & { responseCode: number };
          error.responseCode = 550;
          callback(error);
          return;
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream).then(
          (mail) => {
            this.received.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
    return this.port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The messages delivered to this address. */
  to(address: string): ParsedMail[] {
    return this.received.filter((m) =>
      (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.text.includes(address)),
    );
  }
}
