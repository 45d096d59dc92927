import type { FastifyBaseLogger } from 'fastify';

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Where the server's email goes: pluggable, so a deployment chooses its own provider. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** Development default: the message goes to the server log, nowhere else. */
export const logMailer = (log: FastifyBaseLogger): Mailer => ({
  async send(mail) {
    log.info({ mail }, `email to ${mail.to}: ${mail.subject}`);
  },
});
