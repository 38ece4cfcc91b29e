import { Badge, Box, Flex, Link, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';

import type { FindLog, NotificationStatus } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { ActionBadge } from '../common/badges';
import { EvidenceText } from '../EvidenceText';

export type Detail = FindLog.Response['data'];

const RULE_UID = 'plugin::brand-community.community-rule';

/** Content Manager address of a document (the admin router's basename adds `/admin`). */
export const contentManagerPath = (uid: string, documentId: string, locale?: string | null) =>
  `/content-manager/collection-types/${uid}/${encodeURIComponent(documentId)}${
    locale ? `?plugins[i18n][locale]=${encodeURIComponent(locale)}` : ''
  }`;

export const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box tag="section" paddingTop={5}>
    <Typography variant="sigma" textColor="neutral600" tag="h3">
      {title}
    </Typography>
    <Box paddingTop={2}>{children}</Box>
  </Box>
);

export const Info = ({ label, children }: { label: string; children: ReactNode }) => (
  <Flex gap={2} alignItems="baseline" wrap="wrap">
    <Typography variant="omega" fontWeight="semiBold">
      {label}
    </Typography>
    <Typography variant="omega" textColor="neutral800" style={{ overflowWrap: 'anywhere' }}>
      {children}
    </Typography>
  </Flex>
);

export const CommentSection = ({ entry }: { entry: Detail }) => {
  const t = useT();
  const evidence = entry.evidence ?? [];
  return (
    <Section title={t('deletions.detail.comment', 'Comment as submitted')}>
      {entry.originalText === null ? (
        <Typography textColor="neutral600">{t('deletions.detail.noText', 'No comment text is kept for this entry.')}</Typography>
      ) : (
        <EvidenceText text={entry.originalText} evidence={evidence} />
      )}
      {evidence.length > 0 && (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={1} paddingTop={2}>
          {evidence.map((e, i) => (
            <li key={i}>
              <Info label={t('deletions.detail.detector', 'Detector')}>
                {`${e.detector}${e.kind ? ` (${e.kind})` : ''} · `}
                {e.detector === 'duplicate'
                  ? t('deletions.detail.repeat', 'repeats an earlier comment ({similarity}% alike)', {
                      similarity: Math.round((e.similarity ?? 1) * 100),
                    })
                  : `${t('deletions.detail.term', 'term')}: “${e.term}”`}
                {e.detector === 'duplicate' && e.firstThread
                  ? ` · ${t('deletions.detail.firstThread', 'first posted in thread {thread}', { thread: e.firstThread })}`
                  : ''}
              </Info>
            </li>
          ))}
        </Flex>
      )}
    </Section>
  );
};

export const ContextSection = ({ entry }: { entry: Detail }) => {
  const t = useT();
  const rule = entry.rule;
  return (
    <Section title={t('deletions.detail.context', 'Rule and thread')}>
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Info label={t('deletions.detail.rule', 'Rule cited')}>
          {rule ? (
            <Link tag={RouterLink} to={contentManagerPath(RULE_UID, rule.documentId, rule.locale)}>
              {t('overview.topRules.rule', 'Rule {number}', { number: rule.number })} · {rule.title}
            </Link>
          ) : entry.ruleNumber !== null ? (
            `#${entry.ruleNumber} ${entry.ruleTitle ?? ''}`
          ) : (
            t('deletions.detail.noRule', 'None (advertising is removed without explanation)')
          )}
        </Info>
        <Info label={t('deletions.detail.thread', 'Thread')}>{entry.thread ?? '—'}</Info>
        {entry.targetUid && entry.targetDocumentId && (
          <Info label={t('deletions.detail.document', 'Comment document')}>
            <Link tag={RouterLink} to={contentManagerPath(entry.targetUid, entry.targetDocumentId, entry.locale)}>
              {t('deletions.detail.openInCm', 'Open in the Content Manager')}
            </Link>
          </Info>
        )}
        {entry.reason && <Info label={t('deletions.detail.reason', 'Reason')}>{entry.reason}</Info>}
      </Flex>
    </Section>
  );
};

export const StandingSection = ({ entry }: { entry: Detail }) => {
  const t = useT();
  const { formatDate } = useIntl();
  const s = entry.standing;
  return (
    <Section title={t('deletions.detail.author', 'Author')}>
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Info label={t('deletions.detail.authorName', 'Name')}>{entry.authorName ?? s?.authorName ?? '—'}</Info>
        <Info label={t('deletions.detail.authorKey', 'Key')}>{entry.authorKey ?? '—'}</Info>
        {entry.authorKey && (
          <>
            <Info label={t('deletions.detail.warnings', 'Warnings')}>{s?.warnings ?? 0}</Info>
            <Info label={t('deletions.detail.ban', 'Ban')}>
              {s?.activeBan
                ? s.bannedUntil
                  ? t('deletions.detail.bannedUntil', 'Banned until {date}', { date: formatDate(s.bannedUntil, { dateStyle: 'medium' }) })
                  : t('deletions.detail.bannedForever', 'Banned until unbanned')
                : t('deletions.detail.notBanned', 'Not banned')}
              {s?.activeBan && s.banReason ? ` — ${s.banReason}` : ''}
            </Info>
          </>
        )}
      </Flex>
    </Section>
  );
};

const STATUS_VARIANT = {
  queued: 'secondary',
  sending: 'secondary',
  sent: 'success',
  failed: 'danger',
  read: 'primary',
} as const satisfies Record<NotificationStatus, 'secondary' | 'success' | 'danger' | 'primary'>;

export const NotificationsSection = ({ entry }: { entry: Detail }) => {
  const t = useT();
  const { formatDate } = useIntl();
  return (
    <Section title={t('deletions.detail.notifications', 'Explanations sent')}>
      {entry.notifications.length === 0 ? (
        <Typography textColor="neutral600">{t('deletions.detail.noNotifications', 'No explanation was sent for this entry.')}</Typography>
      ) : (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
          {entry.notifications.map((n) => (
            <Flex tag="li" key={n.documentId} gap={2} wrap="wrap">
              <Badge variant={STATUS_VARIANT[n.status]}>{t(`common.notificationStatus.${n.status}`, n.status)}</Badge>
              <Typography variant="omega">
                {`${n.channel === 'email' ? t('common.channel.email', 'E-mail') : t('common.channel.inApp', 'In-app')}${
                  n.recipient ? ` → ${n.recipient}` : ''
                }`}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {n.sentAt
                  ? formatDate(n.sentAt, { dateStyle: 'medium', timeStyle: 'short' })
                  : t('deletions.detail.attempts', '{attempts} attempts', { attempts: n.attempts })}
              </Typography>
              {n.lastError && (
                <Typography variant="pi" textColor="danger600">
                  {n.lastError}
                </Typography>
              )}
            </Flex>
          ))}
        </Flex>
      )}
    </Section>
  );
};

export const RelatedSection = ({ entry }: { entry: Detail }) => {
  const t = useT();
  const { formatDate } = useIntl();
  if (entry.related.length === 0) return null;
  return (
    <Section title={t('deletions.detail.related', 'What followed')}>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
        {entry.related.map((r) => (
          <Flex tag="li" key={r.documentId} gap={2} wrap="wrap">
            <ActionBadge action={r.action} />
            <Typography variant="pi" textColor="neutral600">
              {formatDate(r.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
              {r.actorName ? ` · ${r.actorName}` : ''}
            </Typography>
          </Flex>
        ))}
      </Flex>
    </Section>
  );
};
