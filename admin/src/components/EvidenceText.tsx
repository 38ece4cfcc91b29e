import { Box, Typography } from '@strapi/design-system';
import styled from 'styled-components';

import type { EvidenceItem } from '../../../shared/contracts';

/** Splits `text` into plain and highlighted pieces; overlapping spans merge, out-of-range ones are clipped. */
export const segments = (text: string, evidence: readonly EvidenceItem[]) => {
  const spans = evidence
    .map((e) => ({ start: Math.max(0, Math.min(e.start, text.length)), end: Math.max(0, Math.min(e.end, text.length)), e }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Array<{ start: number; end: number; items: EvidenceItem[] }> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.items.push(s.e);
    } else merged.push({ start: s.start, end: s.end, items: [s.e] });
  }
  const out: Array<{ text: string; items: EvidenceItem[] | null }> = [];
  let at = 0;
  for (const m of merged) {
    if (m.start > at) out.push({ text: text.slice(at, m.start), items: null });
    out.push({ text: text.slice(m.start, m.end), items: m.items });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), items: null });
  return out;
};

const Mark = styled.mark`
  background: ${({ theme }) => theme.colors.danger100};
  color: ${({ theme }) => theme.colors.danger700};
  border-bottom: 2px solid ${({ theme }) => theme.colors.danger500};
  border-radius: 2px;
  padding: 0 1px;
`;

interface Props {
  text: string;
  evidence?: readonly EvidenceItem[] | null;
  /** Only evidence found in this field (evidence without a field counts for any). */
  field?: string;
}

/**
 * Untrusted comment text with each piece of evidence in a `<mark>`. Everything is
 * rendered as React text nodes: markup in a comment stays visible text.
 */
export const EvidenceText = ({ text, evidence, field }: Props) => {
  const items = (evidence ?? []).filter((e) => !field || !e.field || e.field === field);
  return (
    <Box padding={3} background="neutral100" hasRadius>
      <Typography tag="p" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="bc-evidence-text">
        {segments(text, items).map((s, i) =>
          s.items ? (
            <Mark key={i} title={s.items.map((e) => `${e.detector}: ${e.term}`).join(', ')}>
              {s.text}
            </Mark>
          ) : (
            <span key={i}>{s.text}</span>
          )
        )}
      </Typography>
    </Box>
  );
};
