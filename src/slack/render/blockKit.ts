import type { ContextBlock, KnownBlock, SectionBlock } from '@slack/types';

/** Slack's documented limits (Block Kit reference). */
export const MAX_BLOCKS = 50;
export const MAX_SECTION_TEXT = 3000;
export const MAX_CONTEXT_ELEMENTS = 10;
/** Notification and accessibility fallback: long enough to be useful, far below the 40,000-char truncation. */
export const MAX_FALLBACK_TEXT = 3000;

export interface SlackMessage {
  /** Plain fallback shown in notifications and by clients that cannot render blocks. */
  text: string;
  blocks: KnownBlock[];
}

/** Cuts at a word boundary and marks the cut, so a limit never splits a word or an entity like `&amp;`. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const boundary = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
  const base = boundary > max * 0.6 ? cut.slice(0, boundary) : cut;
  return `${base.replace(/&[a-z]*$/, '').trimEnd()}…`;
}

export function section(mrkdwn: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(mrkdwn, MAX_SECTION_TEXT) } };
}

export function context(...mrkdwn: string[]): ContextBlock {
  return {
    type: 'context',
    elements: mrkdwn.slice(0, MAX_CONTEXT_ELEMENTS).map((text) => ({ type: 'mrkdwn', text: truncate(text, MAX_SECTION_TEXT) })),
  };
}

/**
 * Packs lines into as few sections as the 3,000-character limit allows, so a long list of bullets or parties is
 * split across sections instead of being cut off.
 */
export function sectionsFromLines(lines: string[]): SectionBlock[] {
  const sections: SectionBlock[] = [];
  let current = '';
  for (const line of lines) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (candidate.length > MAX_SECTION_TEXT && current !== '') {
      sections.push(section(current));
      current = line;
    } else {
      current = candidate;
    }
  }
  if (current !== '') sections.push(section(current));
  return sections;
}

/** Keeps the message within the block limit, always keeping the last block (the footer with who asked). */
export function limitBlocks(blocks: KnownBlock[]): KnownBlock[] {
  if (blocks.length <= MAX_BLOCKS) return blocks;
  const footer = blocks[blocks.length - 1]!;
  return [...blocks.slice(0, MAX_BLOCKS - 2), context('_(Shortened to fit in one Slack message.)_'), footer];
}
