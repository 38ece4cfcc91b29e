import { useIntl } from 'react-intl';

import type { SetupItem } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { useLabels } from '../common/labels';

/** Where the owner fixes an item, inside the admin (absolute admin paths). */
export const FIX_LINKS = {
  rules: '/content-manager/collection-types/plugin::brand-community.community-rule',
  email: '/settings/email',
  sender: '/settings/email',
  public: '/settings/users-permissions/roles',
} as const satisfies Partial<Record<SetupItem['id'], string>>;

/** The title and the sentence of each checklist item, worded here from the server's facts. */
export const useSetupText = () => {
  const t = useT();
  const labels = useLabels();
  const { formatDate, formatList } = useIntl();
  const list = (values: string[]) => formatList(values, { type: 'conjunction' }) as string;
  const when = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });

  const title = (item: SetupItem): string => {
    switch (item.id) {
      case 'targets':
        return t('setup.targets.title', 'Comment collections');
      case 'rules':
        return t('setup.rules.title', 'A published rule for each category');
      case 'email':
        return t('setup.email.title', 'E-mail delivery');
      case 'sender':
        return t('setup.sender.title', 'Sender and reply-to addresses');
      case 'public':
        return t('setup.public.title', 'Public rules and announcements');
      case 'dryRun':
        return t('setup.dryRun.title', 'Dry run');
    }
  };

  const sentence = (item: SetupItem): string => {
    switch (item.id) {
      case 'targets':
        return item.ok
          ? t('setup.targets.ok', 'Moderating {uids}.', { uids: list(item.detail.uids) })
          : t('setup.targets.missing', 'No comment collection is configured, so nothing is moderated. Add targets to the plugin\'s config in config/plugins.ts.');
      case 'rules':
        return item.ok
          ? t('setup.rules.ok', 'Every moderated category has a published rule.')
          : t('setup.rules.missing', 'No published rule covers {categories}: such removals cite no rule and their explanations give no reason.', {
              categories: list(item.detail.uncovered.map(labels.category)),
            });
      case 'email': {
        const provider = item.detail.provider ?? t('setup.email.noProvider', 'the e-mail provider');
        if (item.detail.deliveredAt) {
          return t('setup.email.ok', '{provider} delivered an e-mail on {date}.', { provider, date: when(item.detail.deliveredAt) });
        }
        const last = item.detail.lastTest;
        if (last?.status === 'failed') {
          return t('setup.email.failed', '{provider} has not delivered any e-mail yet. The last test failed: {error}', {
            provider,
            error: last.error ?? '',
          });
        }
        return t('setup.email.never', '{provider} has not delivered any e-mail yet: send a test e-mail to check it.', { provider });
      }
      case 'sender': {
        const { from, replyTo } = item.detail;
        if (from && replyTo) return t('setup.sender.ok', 'Explanations come from {from}; replies go to {replyTo}.', { from, replyTo });
        if (!from) {
          return t('setup.sender.noFrom', 'No sender address is set: explanations go out from the provider\'s default. Set notifications.from in the plugin\'s config, or the email plugin\'s defaultFrom.');
        }
        return t('setup.sender.noReplyTo', 'No reply-to address is set: authors cannot answer an explanation. Set notifications.replyTo in the plugin\'s config, or the email plugin\'s defaultReplyTo.');
      }
      case 'public':
        if (item.detail.publicContent) {
          return t('setup.public.on', 'Published rules and announcements are public (publicContent is on).');
        }
        return item.ok
          ? t('setup.public.granted', 'The Public role may read published rules and announcements.')
          : t('setup.public.missing', 'Visitors get 403 on rules and announcements: the Public role lacks {actions}.', {
              actions: list(item.detail.missing.map((a) => a.split('.').slice(-2).join('.'))),
            });
      case 'dryRun':
        return item.detail.on
          ? t('setup.dryRun.on', 'Dry run is on: moderation logs what it would do and changes nothing. Turn dryRun off in the plugin\'s config when you are ready.')
          : t('setup.dryRun.off', 'Dry run is off: moderation acts on comments.');
    }
  };

  const fixLabel = (id: keyof typeof FIX_LINKS): string => {
    switch (id) {
      case 'rules':
        return t('setup.fix.rules', 'Content Manager → Community rule');
      case 'email':
      case 'sender':
        return t('setup.fix.email', 'Settings → Email');
      case 'public':
        return t('setup.fix.public', 'Settings → Users & Permissions → Roles');
    }
  };

  return { title, sentence, fixLabel };
};
