import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Repositories } from '@stepdown/db';
import { Type } from 'typebox';
import { checkPasswordPolicy, hashPassword } from '../auth/password.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { Mailer } from '../mailer.js';
import { ProblemError } from '../problems.js';

export interface PasswordResetOptions {
  readonly repositories: Repositories;
  readonly clock: () => Date;
  readonly mailer: Mailer;
  /** Where the reset link points, e.g. http://localhost:3000. */
  readonly publicUrl: string;
}

/** A reset link works once, for one hour. */
export const RESET_LIFETIME_MS = 60 * 60 * 1000;

export const passwordResetRoutes: FastifyPluginAsyncTypebox<PasswordResetOptions> = async (
  app,
  { repositories, clock, mailer, publicUrl },
) => {
  app.post(
    '/password-reset',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Email a single-use reset link (always 202: whether the account exists is not revealed)',
        body: Type.Object({ email: Type.String({ format: 'email', maxLength: 254 }) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const user = await repositories.users.findByEmail(request.body.email);
      if (user) {
        const token = newToken();
        await repositories.passwordResets.create({
          userId: user.id,
          tokenHash: hashToken(token),
          expiresAt: new Date(clock().getTime() + RESET_LIFETIME_MS),
        });
        await mailer.send({
          to: user.email,
          subject: 'Reset your Stepdown password',
          text: `Someone asked to reset the password for this account. If it was you, open this link within an hour:\n\n${publicUrl}/reset-password#token=${token}\n\nIf it was not you, ignore this email: your password has not changed.`,
        });
      }
      return reply.code(202).send({ requested: true });
    },
  );

  app.post(
    '/password-reset/confirm',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Set a new password with the emailed token; every session is signed out',
        body: Type.Object(
          { token: Type.String({ minLength: 10, maxLength: 100 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const reset = await repositories.passwordResets.consume(hashToken(request.body.token));
      const user = reset && (await repositories.users.findById(reset.userId));
      if (!reset || !user || user.deletedAt) {
        throw new ProblemError(
          422,
          'RESET_TOKEN_INVALID',
          'This reset link has expired or was already used: ask for a new one.',
          [{ field: 'token', message: 'expired, used or unknown' }],
        );
      }
      const policy = checkPasswordPolicy(request.body.password, user.email);
      if (!policy.ok) throw ProblemError.fromCore(policy.error);
      await repositories.users.setPasswordHash(user.id, await hashPassword(request.body.password));
      await repositories.sessions.revokeAllForUser(user.id);
      return reply.code(204).send();
    },
  );
};
