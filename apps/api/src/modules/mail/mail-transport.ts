import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Logger } from 'pino';
import type { RuntimeConfig } from '../../config/runtime-config.js';

export interface OutgoingMail {
  /** The outbox row's id: the message's Message-ID, and the name of its file without a server. */
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
}

/** Hands a message to the SMTP server of SMTP_URL or, without one, writes it as DATA_DIR/mail/<id>.eml. */
export class MailTransport {
  private readonly transporter: Transporter;
  private readonly directory: string | undefined;

  constructor(
    private readonly config: RuntimeConfig,
    private readonly logger: Logger,
  ) {
    const smtpUrl = config.mail.smtpUrl;
    // Bounded waits: a server that does not answer is a failed attempt, retried later.
    this.transporter = smtpUrl
      ? nodemailer.createTransport({
          url: smtpUrl,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        } as SMTPTransport.Options)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    this.directory = smtpUrl ? undefined : join(config.dataDir, 'mail');
  }

  /** True when messages leave the machine (links then go only by mail). */
  get delivers(): boolean {
    return this.directory === undefined;
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transporter.sendMail({
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      headers: mail.headers,
      messageId: `<${mail.id}@${new URL(this.config.publicUrl).hostname}>`,
    });
    if (this.directory) {
      await mkdir(this.directory, { recursive: true });
      await writeFile(join(this.directory, `${mail.id}.eml`), info.message as Buffer, { mode: 0o600 });
    }
    this.logger.info({ mailId: mail.id, to: mail.to }, this.directory ? 'mail written' : 'mail sent');
  }

  close(): void {
    this.transporter.close();
  }
}

/** An SMTP reply in the 500s: the server refuses the message for good, so retrying cannot help. */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
