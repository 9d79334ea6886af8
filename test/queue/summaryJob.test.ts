import { SummaryJobDataSchema, summaryJobId } from '../../src/queue/summaryJob';

const validJob = {
  version: 1,
  request: { kind: 'mention', id: 'Ev0123', receivedAt: '2026-11-28T10:00:00.000Z' },
  source: { kind: 'url', url: 'https://news.test/story' },
  slack: { teamId: 'T1', channelId: 'C1', userId: 'U1', threadTs: '1700000000.000100', responseUrl: null },
};

describe('summary job data', () => {
  it('accepts a well-formed job and starts with nothing delivered', () => {
    expect(SummaryJobDataSchema.parse(validJob).delivery).toEqual({ placeholderTs: null, viaResponseUrl: false, done: false });
  });

  it('refuses a job whose source is not http(s)', () => {
    expect(SummaryJobDataSchema.safeParse({ ...validJob, source: { kind: 'url', url: 'file:///etc/passwd' } }).success).toBe(false);
  });

  it('refuses a Slack target that is not made of Slack ids', () => {
    const slack = { ...validJob.slack, channelId: '<!channel>' };
    expect(SummaryJobDataSchema.safeParse({ ...validJob, slack }).success).toBe(false);
  });
});

describe('summaryJobId', () => {
  it('is derived from the delivery alone, so a retried delivery cannot make a second job', () => {
    expect(summaryJobId({ kind: 'mention', id: 'Ev1' }, 1)).toBe('mention-Ev1-1');
    expect(summaryJobId({ kind: 'command', id: 'Ev1' })).toBe('command-Ev1-0');
  });

  it('differs per link of one message and per request kind', () => {
    const ids = new Set([
      summaryJobId({ kind: 'mention', id: 'Ev1' }, 0),
      summaryJobId({ kind: 'mention', id: 'Ev1' }, 1),
      summaryJobId({ kind: 'command', id: 'Ev1' }, 0),
    ]);
    expect(ids.size).toBe(3);
  });

  it('never contains ":" (BullMQ reserves it) and is never all digits', () => {
    const id = summaryJobId({ kind: 'command', id: '123:456.789' });
    expect(id).not.toContain(':');
    expect(id).not.toMatch(/^\d+$/);
  });
});
