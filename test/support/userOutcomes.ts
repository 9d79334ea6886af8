import { QUEUED_WITHOUT_WORKERS_TEXT, TRY_AGAIN_TEXT } from '../../src/slack/render/requestMessages';
import type { FakeSlack } from './fakeSlack';

/**
 * What a requester ends up seeing in Slack, read back from the fake Slack: the messages of the request's channel (or
 * thread) and the posts to its response_url. Fault tests count these to prove "exactly one visible outcome".
 */
export type OutcomeKind = 'summary' | 'failure' | 'try_again' | 'notice';

export interface UserOutcome {
  kind: OutcomeKind;
  where: 'channel' | 'response_url';
  text: string;
}

export interface RequestTarget {
  channel: string;
  /** Only messages in this thread (mentions); the whole channel otherwise. */
  threadTs?: string;
  /** The request's response_url (commands, shortcuts). */
  responseUrl?: string;
}

const PLACEHOLDER = ':hourglass_flowing_sand: Summarizing';

/** Sorts a message by its fallback text, which every rendering of newsbot starts in its own way. */
export function classify(text: string): OutcomeKind {
  if (text === TRY_AGAIN_TEXT) return 'try_again';
  if (text.startsWith(":warning: I couldn't summarize")) return 'failure';
  if (text.startsWith('Summary: ')) return 'summary';
  return 'notice';
}

/** The outcomes so far; placeholders not yet replaced are not outcomes. */
export function outcomesFor(slack: FakeSlack, target: RequestTarget): UserOutcome[] {
  const inChannel = slack
    .messagesIn(target.channel, target.threadTs)
    .filter((message) => !message.text.startsWith(PLACEHOLDER))
    .map((message) => ({ kind: classify(message.text), where: 'channel' as const, text: message.text }));
  const viaResponseUrl =
    target.responseUrl === undefined
      ? []
      : slack.responseUrlPosts
          .filter((post) => slack.responseUrl(post.id) === target.responseUrl)
          .map((post) => {
            const text = String(post.body.text ?? '');
            return { kind: classify(text), where: 'response_url' as const, text };
          })
          // "Queued, no worker yet" only says the answer will come later: it is not an answer.
          .filter((outcome) => outcome.text !== QUEUED_WITHOUT_WORKERS_TEXT);
  return [...inChannel, ...viaResponseUrl];
}

/** True while a placeholder in the target still waits for its final message. */
export function hasPendingPlaceholder(slack: FakeSlack, target: RequestTarget): boolean {
  return slack.messagesIn(target.channel, target.threadTs).some((message) => message.text.startsWith(PLACEHOLDER));
}
