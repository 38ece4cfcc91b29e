import { Box, Button, Flex, Popover, Typography } from '@strapi/design-system';
import { Command } from '@strapi/icons';
import { useEffect, useRef } from 'react';
import styled from 'styled-components';

import { useT } from '../../utils/useT';

const KEYS = ['j', 'k', 'r', 'c', 'a', '?'] as const;
export type ShortcutKey = (typeof KEYS)[number];

/** True when a key press belongs to what the user is typing or to a confirmation being answered. */
const isTyping = (target: EventTarget | null) => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('input, textarea, select, [role="combobox"], [role="listbox"], [role="alertdialog"]')) return true;
  return false;
};

/**
 * j/k next/previous, r restore, c confirm, a approve, ? help. Ignored while typing in a field,
 * with a modifier key held, or while a confirmation dialog is open.
 */
export const useShortcuts = (handler: (key: ShortcutKey) => void, enabled = true) => {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      if (document.querySelector('[role="alertdialog"]')) return;
      const hit = KEYS.find((k) => k === e.key.toLowerCase());
      if (!hit) return;
      e.preventDefault();
      ref.current(hit);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
};

const Kbd = styled.kbd`
  display: inline-block;
  min-width: 2.4rem;
  padding: 2px 6px;
  text-align: center;
  font-family: monospace;
  font-size: 1.2rem;
  border: 1px solid ${({ theme }) => theme.colors.neutral300};
  border-bottom-width: 2px;
  border-radius: 4px;
  background: ${({ theme }) => theme.colors.neutral100};
  color: ${({ theme }) => theme.colors.neutral800};
`;

interface HelpProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** The list of shortcuts, behind a keyboard button in the header (also opened with `?`). */
export const ShortcutsHelp = ({ open, onOpenChange }: HelpProps) => {
  const t = useT();
  const rows: Array<[string, string]> = [
    ['j', t('deletions.keys.next', 'Next entry')],
    ['k', t('deletions.keys.previous', 'Previous entry')],
    ['r', t('deletions.keys.restore', 'Restore (asks first)')],
    ['c', t('deletions.keys.confirm', 'Confirm: the decision was right')],
    ['a', t('deletions.keys.approve', 'Approve a held comment')],
    ['?', t('deletions.keys.help', 'Show or hide this help')],
  ];
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger>
        <Button variant="tertiary" startIcon={<Command />} data-testid="bc-shortcuts-button">
          {t('deletions.keys.button', 'Shortcuts (?)')}
        </Button>
      </Popover.Trigger>
      <Popover.Content sideOffset={4} align="end">
        <Box padding={4} data-testid="bc-shortcuts-help">
          <Typography variant="delta" tag="h2">
            {t('deletions.keys.title', 'Keyboard shortcuts')}
          </Typography>
          <Flex tag="dl" direction="column" alignItems="stretch" gap={2} paddingTop={3}>
            {rows.map(([key, label]) => (
              <Flex key={key} gap={3}>
                <dt>
                  <Kbd>{key}</Kbd>
                </dt>
                <Typography tag="dd">{label}</Typography>
              </Flex>
            ))}
          </Flex>
          <Typography tag="p" variant="pi" textColor="neutral600" paddingTop={3}>
            {t(
              'deletions.keys.note',
              'Shortcuts act on the highlighted row or the open entry (c and a then move on to the next one), and pause while you type.'
            )}
          </Typography>
        </Box>
      </Popover.Content>
    </Popover.Root>
  );
};
