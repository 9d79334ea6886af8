import { renderPlaceholder } from '../../../src/slack/render/requestMessages';

describe('renderPlaceholder', () => {
  it('counts the words of pasted text the way the 25-word minimum counts them (dashes and signs are no words)', () => {
    const message = renderPlaceholder({ kind: 'text', text: 'Growth — as forecast — rose 5 % in May.' }, 'U0ALICE');
    expect(message.text).toBe(':hourglass_flowing_sand: Summarizing pasted text (7 words)… requested by <@U0ALICE>');
  });
});
