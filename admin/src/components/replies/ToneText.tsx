import { Box, Typography } from '@strapi/design-system';
import styled from 'styled-components';

import type { Replies } from '../../../../shared/contracts/replies';

/** Plain and flagged pieces of `text`; overlapping flags merge, out-of-range ones are clipped. */
export const toneSegments = (text: string, flags: readonly Replies.ToneFlag[]) => {
  const spans = flags
    .map((f) => ({ start: Math.max(0, Math.min(f.start, text.length)), end: Math.max(0, Math.min(f.end, text.length)), f }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Array<{ text: string; flags: Replies.ToneFlag[] | null }> = [];
  let at = 0;
  for (const s of spans) {
    const last = out[out.length - 1];
    if (s.start < at && last?.flags) {
      // Overlaps the previous mark: extend it.
      if (s.end > at) last.text += text.slice(at, s.end);
      last.flags.push(s.f);
      at = Math.max(at, s.end);
      continue;
    }
    if (s.start > at) out.push({ text: text.slice(at, s.start), flags: null });
    out.push({ text: text.slice(s.start, s.end), flags: [s.f] });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), flags: null });
  return out;
};

const Mark = styled.mark`
  background: ${({ theme }) => theme.colors.warning100};
  color: ${({ theme }) => theme.colors.warning700};
  border-bottom: 2px solid ${({ theme }) => theme.colors.warning500};
  border-radius: 2px;
  padding: 0 1px;
`;

/**
 * A reply with each flagged span in a `<mark>` (the flag's number and kind in its title). Every
 * piece is a React text node: markup in the reply stays visible text.
 */
export const ToneText = ({ text, flags, label }: { text: string; flags: readonly Replies.ToneFlag[]; label: (f: Replies.ToneFlag) => string }) => (
  <Box padding={3} background="neutral100" hasRadius>
    <Typography tag="p" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="bc-tone-text">
      {toneSegments(text, flags).map((s, i) =>
        s.flags ? (
          <Mark key={i} data-kind={s.flags[0].kind} title={s.flags.map(label).join('\n')}>
            {s.text}
          </Mark>
        ) : (
          <span key={i}>{s.text}</span>
        )
      )}
    </Typography>
  </Box>
);
