import { Button, EmptyStateLayout, Flex, Td, Tr, Typography } from '@strapi/design-system';
import { Table } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import type { AuthorStanding } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { BanBadge } from './standing';

interface Props {
  rows: AuthorStanding[];
  isLoading: boolean;
  filtered: boolean;
  canManage: boolean;
  onOpen: (key: string) => void;
  onBan: (author: AuthorStanding) => void;
  onUnban: (author: AuthorStanding) => void;
}

const clip = (width: string) => ({ display: 'block', maxWidth: width, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }) as const;

/** Authors with warnings or bans; a row opens the author's history. */
export const AuthorsTable = ({ rows, isLoading, filtered, canManage, onOpen, onBan, onUnban }: Props) => {
  const t = useT();
  const { formatDate } = useIntl();
  const headers = [
    { name: 'author', label: t('authors.col.author', 'Author') },
    { name: 'warnings', label: t('authors.col.warnings', 'Warnings') },
    { name: 'standing', label: t('authors.col.standing', 'Standing') },
    { name: 'reason', label: t('authors.col.reason', 'Ban reason') },
    { name: 'last', label: t('authors.col.last', 'Last action') },
    { name: 'actions', label: t('authors.col.actions', 'Actions') },
  ];
  if (!isLoading && rows.length === 0) {
    return (
      <EmptyStateLayout
        content={
          filtered
            ? t('authors.empty.filtered', 'No author matches these filters.')
            : t('authors.empty', 'No author has been warned or banned yet.')
        }
      />
    );
  }
  return (
    <Table.Root rows={rows} headers={headers} isLoading={isLoading}>
      <Table.Content>
        <Table.Head>
          {headers.map((h) => (
            <Table.HeaderCell key={h.name} name={h.name} label={h.label} />
          ))}
        </Table.Head>
        <Table.Loading />
        <Table.Body>
          {rows.map((a) => (
            <Tr key={a.authorKey} onClick={() => onOpen(a.authorKey)} style={{ cursor: 'pointer' }} data-testid="bc-author-row">
              <Td>
                <Flex direction="column" alignItems="flex-start">
                  <Typography textColor="neutral800" fontWeight="semiBold" style={clip('24rem')}>
                    {a.authorName ?? a.authorKey}
                  </Typography>
                  {a.authorName && (
                    <Typography variant="pi" textColor="neutral600" style={clip('24rem')}>
                      {a.authorKey}
                    </Typography>
                  )}
                </Flex>
              </Td>
              <Td>
                <Typography>{a.warnings}</Typography>
              </Td>
              <Td>
                <BanBadge standing={a} />
              </Td>
              <Td>
                <Typography textColor="neutral700" style={clip('24rem')} title={a.banReason ?? undefined}>
                  {a.banned ? (a.banReason ?? '—') : '—'}
                </Typography>
              </Td>
              <Td>
                <Typography style={{ whiteSpace: 'nowrap' }}>
                  {a.lastActionAt ? formatDate(a.lastActionAt, { dateStyle: 'short', timeStyle: 'short' }) : '—'}
                </Typography>
              </Td>
              <Td onClick={(e: { stopPropagation: () => void }) => e.stopPropagation()}>
                {canManage &&
                  (a.activeBan ? (
                    <Button size="S" variant="secondary" onClick={() => onUnban(a)}>
                      {t('authors.unban', 'Unban')}
                    </Button>
                  ) : (
                    <Button size="S" variant="danger-light" onClick={() => onBan(a)}>
                      {t('authors.ban', 'Ban')}
                    </Button>
                  ))}
              </Td>
            </Tr>
          ))}
        </Table.Body>
      </Table.Content>
    </Table.Root>
  );
};
