import type { RbacAction } from '../../../shared/contracts';
import type { Actor } from '../services/log';
import { actionUid } from './permissions';

/** What the plugin's admin controllers read from Koa's context. */
export interface AdminContext {
  query: Record<string, unknown>;
  params: Record<string, string | undefined>;
  request: { body?: unknown };
  state: {
    user?: { id: number; firstname?: string | null; lastname?: string | null; email?: string } | null;
    userAbility?: { can(action: string, subject?: unknown): boolean };
  };
  body: unknown;
}

/** The admin acting (recorded in the log). */
export const actorOf = (ctx: AdminContext): Actor | null => {
  const user = ctx.state?.user;
  return user ? { id: user.id, firstname: user.firstname, lastname: user.lastname, email: user.email } : null;
};

/** Whether the admin's role grants `action` (for routes whose action depends on the body). */
export const can = (ctx: AdminContext, action: RbacAction) => ctx.state?.userAbility?.can(actionUid(action)) === true;
