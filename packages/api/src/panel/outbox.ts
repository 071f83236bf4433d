import {
  listDueMail,
  markMailAttemptFailed,
  markMailSent,
  type TDbExecutor,
  type TOutboxMail,
} from '@duiding/db';

/** How mail leaves the building: SMTP in production, a folder for the demo, a fake in tests. */
export interface TMailTransport {
  send(message: {
    to: string;
    subject: string;
    text: string;
    headers: Record<string, string>;
  }): Promise<void>;
}

/** A refusal that will not change on retrying (SMTP 5xx: no such mailbox, rejected). */
export class PermanentMailError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentMailError';
  }
}

export const MAX_MAIL_ATTEMPTS = 8;

/** 1, 2, 4 … minutes after the first, second, third failure, at most 6 hours. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(6 * 60 * 60 * 1000, 60_000 * 2 ** Math.max(0, failedAttempts - 1));
}

/**
 * Sends what is due in the outbox, one message at a time. A temporary failure waits with
 * exponential back-off; a permanent refusal marks the message bounced; after
 * MAX_MAIL_ATTEMPTS it is failed. Both show in the portal.
 */
export async function deliverOutbox(
  services: { db: TDbExecutor; clock: () => Date },
  transport: TMailTransport,
  { batch = 50 }: { batch?: number } = {},
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const mail of listDueMail(services.db, services.clock(), batch)) {
    try {
      await transport.send(message(mail));
      markMailSent(services.db, mail.id, services.clock());
      sent++;
    } catch (error) {
      failed++;
      const attempts = mail.attempts + 1;
      const text = error instanceof Error ? error.message : String(error);
      const permanent = error instanceof PermanentMailError;
      markMailAttemptFailed(services.db, mail.id, {
        status: permanent ? 'bounced' : attempts >= MAX_MAIL_ATTEMPTS ? 'failed' : 'queued',
        error: text,
        nextAttemptAt: new Date(services.clock().getTime() + retryDelayMs(attempts)),
      });
    }
  }
  return { sent, failed };
}

function message(mail: TOutboxMail) {
  const headers: Record<string, string> = { 'X-Duiding-Mail': mail.kind };
  if (mail.unsubscribeUrl) headers['List-Unsubscribe'] = `<${mail.unsubscribeUrl}>`;
  return { to: mail.toAddress, subject: mail.subject, text: mail.text, headers };
}
