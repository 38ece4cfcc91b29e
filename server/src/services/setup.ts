import type { Core } from '@strapi/strapi';

import { RULE_CATEGORIES, type RuleCategory, type SendTestEmail, type SetupDetails, type SetupItem } from '../../../shared/contracts';
import { STARTER_RULES, starterLanguage } from '../defaults/rules';
import { CODES, GatewayError } from '../utils/errors';
import { renderHtml } from '../utils/messages';
import { getConfig, getService, PLUGIN_ID, pluginService, UIDS } from '../utils/plugin';

/** What each moderated category cites (see services/rules.ts), named for people. */
const CATEGORY_NAMES: Record<RuleCategory, string> = {
  obscenity: 'obscenity and insults',
  duplicate: 'repeated comments',
  advertising: 'advertising',
};

/** A site's first hour: starter rules, and warnings about what would make moderation mute. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const self = {
    /**
     * On a site with no rule at all, creates the starter set in every site locale we have text
     * for (the default locale always, in English when we have no text for it), published or as
     * drafts per `starterRules`. Safe when several nodes boot at once.
     */
    async ensureStarterRules(mode = getConfig(strapi).starterRules): Promise<number> {
      if (mode === 'off') return 0;
      return getService(strapi, 'locks').withLock('setup:starter-rules', async () => {
        const documents = strapi.documents(UIDS.rule);
        if ((await documents.count({ locale: '*' } as any)) > 0) return 0;
        const i18n = strapi.plugin('i18n')?.service('locales');
        const defaultLocale: string = (await i18n?.getDefaultLocale?.()) ?? 'en';
        const siteLocales: string[] = ((await i18n?.find?.()) ?? []).map((l: { code: string }) => l.code);
        const others = siteLocales.filter((l) => l !== defaultLocale && starterLanguage(l));
        let created = 0;
        for (const rule of STARTER_RULES) {
          const fields = { number: rule.number, category: rule.category, customTerms: [] };
          const first = await documents.create({
            locale: defaultLocale,
            data: { ...fields, ...rule.texts[starterLanguage(defaultLocale) ?? 'en'] },
          } as any);
          if (mode === 'published') await documents.publish({ documentId: first.documentId, locale: defaultLocale } as any);
          for (const locale of others) {
            await documents.update({
              documentId: first.documentId,
              locale,
              data: { ...fields, ...rule.texts[starterLanguage(locale)!] },
            } as any);
            if (mode === 'published') await documents.publish({ documentId: first.documentId, locale } as any);
          }
          created += 1;
        }
        strapi.log.info(
          `[brand-community] Created ${created} starter community rules (${mode}) in ${[defaultLocale, ...others].join(', ')}. Edit them in Content Manager → Community rule.`
        );
        return created;
      });
    },

    /** Moderated categories that no published rule covers: their removals would cite no rule. */
    async uncoveredCategories(): Promise<RuleCategory[]> {
      const rules = getService(strapi, 'rules');
      const missing: RuleCategory[] = [];
      for (const category of RULE_CATEGORIES) {
        if (!(await rules.forCategory(category))) missing.push(category);
      }
      return missing;
    },

    /** Boot-time warnings: each says what is wrong, what follows, and where to fix it. */
    async warn() {
      const config = await pluginService(strapi, 'settings').config();
      if (!config.targets.length) {
        strapi.log.warn('[brand-community] No `targets` configured: no comment is moderated. See the README, "Configuration".');
      }
      for (const category of await self.uncoveredCategories()) {
        strapi.log.warn(
          `[brand-community] No published community rule covers ${CATEGORY_NAMES[category]}: such removals cite no rule and their explanations give no reason. Publish one in Content Manager → Community rule.`
        );
      }
      if (config.dryRun) strapi.log.warn('[brand-community] Dry run is on: moderation logs what it would do and changes nothing.');
    },

    /** The console's setup checklist: each item's facts, read from the config and the database (every node agrees). */
    async checklist(): Promise<{ items: SetupItem[]; complete: boolean }> {
      const config = await pluginService(strapi, 'settings').config();
      const [uncovered, email, missing] = await Promise.all([
        self.uncoveredCategories(),
        emailFacts(),
        config.publicContent ? Promise.resolve([]) : missingPublicPermissions(),
      ]);
      const sender = pluginService(strapi, 'notifications').addresses();
      const item = <K extends SetupItem['id']>(id: K, ok: boolean, detail: SetupDetails[K]) =>
        ({ id, ok, level: ok ? 'ok' : 'error', detail }) as Extract<SetupItem, { id: K }>;
      const items: SetupItem[] = [
        item('targets', config.targets.length > 0, { uids: config.targets.map((t) => t.uid) }),
        item('rules', uncovered.length === 0, { uncovered }),
        item('email', email.deliveredAt !== null, email),
        item('sender', !!sender.from && !!sender.replyTo, sender),
        item('public', config.publicContent || missing.length === 0, { publicContent: config.publicContent, missing }),
        { id: 'dryRun', ok: !config.dryRun, level: config.dryRun ? 'warning' : 'ok', detail: { on: config.dryRun } },
      ];
      return { items, complete: items.every((i) => i.ok) };
    },

    /**
     * Sends one e-mail through the email plugin with the explanations' from/reply-to, and records
     * the outcome in the database. A provider error is a 502 carrying the provider's message.
     */
    async sendTestEmail(to: string, requestedBy: string | null): Promise<SendTestEmail.Response['data']> {
      const { from, replyTo } = pluginService(strapi, 'notifications').addresses();
      const provider = providerName();
      const text = [
        'This is a test e-mail from the Community moderation console.',
        'If you can read it, the explanations sent to comment authors reach them too.',
        '',
        `Sender: ${from ?? 'the e-mail provider\'s default'}`,
        `Replies go to: ${replyTo ?? 'nobody (no reply address is set)'}`,
      ].join('\n');
      const record = (data: Record<string, unknown>) =>
        strapi.db.query(UIDS.emailTest).create({ data: { recipient: to, provider, requestedBy, ...data } });
      try {
        await strapi.plugin('email').service('email').send({
          to,
          subject: 'Test e-mail from Community moderation',
          text,
          html: renderHtml(text),
          ...(from ? { from } : {}),
          ...(replyTo ? { replyTo } : {}),
        });
      } catch (error) {
        const message = String((error as Error)?.message ?? error).slice(0, 1000) || 'The e-mail provider gave no reason.';
        await record({ status: 'failed', error: message, sentAt: null });
        strapi.log.warn(`[${PLUGIN_ID}] test e-mail to ${to} through ${provider ?? 'the email plugin'} failed: ${message.slice(0, 300)}`);
        throw new GatewayError(`The e-mail provider (${provider ?? 'unknown'}) did not send the test e-mail: ${message}`, {
          code: CODES.emailFailed,
          provider,
          reason: message,
        });
      }
      const sentAt = new Date();
      await record({ status: 'sent', sentAt });
      return { to, provider, sentAt: sentAt.toISOString() };
    },
  };

  const providerName = (): string | null => {
    const provider = (strapi.config.get('plugin::email') as { provider?: unknown } | undefined)?.provider;
    return typeof provider === 'string' && provider ? provider : null;
  };

  const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);

  /** The last delivery (an explanation or a test e-mail) and the last test, whatever its outcome. */
  const emailFacts = async (): Promise<SetupDetails['email']> => {
    const [explained, tested, lastTest] = await Promise.all([
      strapi.db.query(UIDS.notification).findOne({
        where: { channel: 'email', status: 'sent' },
        orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
        select: ['sentAt', 'updatedAt'],
      }),
      strapi.db.query(UIDS.emailTest).findOne({ where: { status: 'sent' }, orderBy: { id: 'desc' }, select: ['sentAt'] }),
      strapi.db.query(UIDS.emailTest).findOne({ orderBy: { id: 'desc' }, select: ['status', 'sentAt', 'createdAt', 'error'] }),
    ]);
    const dates = [iso(explained?.sentAt ?? explained?.updatedAt), iso(tested?.sentAt)].filter((d): d is string => !!d);
    return {
      provider: providerName(),
      deliveredAt: dates.sort().at(-1) ?? null,
      lastTest: lastTest
        ? { status: lastTest.status, at: iso(lastTest.sentAt ?? lastTest.createdAt)!, error: lastTest.error ?? null }
        : null,
    };
  };

  /** With `publicContent` off, the `public.*` actions the Public role still lacks (Users & Permissions). */
  const missingPublicPermissions = async (): Promise<string[]> => {
    const routes = (
      strapi.plugin(PLUGIN_ID).routes as Record<string, { routes: Array<{ handler: string; config?: { auth?: unknown } }> }>
    )['content-api'];
    // Routes public whatever the roles say (one-time-link answers) need no grant.
    const actions = (routes?.routes ?? [])
      .filter((r) => r.config?.auth !== false)
      .map((r) => `plugin::${PLUGIN_ID}.${r.handler}`);
    if (!strapi.plugin('users-permissions')) return actions;
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    if (!role) return actions;
    const granted = await strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id, action: { $in: actions } }, select: ['action'] });
    const have = new Set(granted.map((p: { action: string }) => p.action));
    return actions.filter((a) => !have.has(a));
  };

  return self;
};
