import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermanentMailError, type TMailTransport } from '@duiding/api';
import nodemailer from 'nodemailer';

/** The sender of the panel's mail unless MAIL_FROM says otherwise. */
export const DEFAULT_MAIL_FROM = 'Duiding panel <panel@duiding.localhost>';

export type TClosableTransport = TMailTransport & { close?: () => void };

type TNodemailerError = Error & { responseCode?: number };

/**
 * Mail over SMTP (`smtp://user:pass@host:587`, `smtps://…`). A 5xx answer (no such
 * mailbox, refused) is permanent and marks the message bounced; anything else (the server
 * is down, a 4xx) is tried again later by the outbox.
 */
export function smtpTransport(url: string, from = DEFAULT_MAIL_FROM): TClosableTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(message) {
      try {
        await transporter.sendMail({ from, ...message });
      } catch (error) {
        const code = (error as TNodemailerError).responseCode;
        if (code !== undefined && code >= 500) {
          throw new PermanentMailError(`${code}: ${(error as Error).message}`);
        }
        throw error;
      }
    },
    close: () => transporter.close(),
  };
}

/**
 * Without SMTP_URL (the demo): every message is written as an .eml file to `folder`, where
 * it can be opened with a mail program, and its links followed.
 */
export function folderTransport(folder: string, from = DEFAULT_MAIL_FROM): TClosableTransport {
  mkdirSync(folder, { recursive: true });
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true });
  let sequence = 0;
  return {
    async send(message) {
      const info = await transporter.sendMail({ from, ...message });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      sequence++;
      writeFileSync(
        join(folder, `${stamp}-${String(sequence).padStart(4, '0')}.eml`),
        info.message as Buffer,
      );
    },
  };
}
