import { escapeSlackText, slackLink, slackMarkupToPlainText, userMention } from '../../src/slack/slackText';

describe('escapeSlackText', () => {
  it('turns mentions and link markup into literal text', () => {
    expect(escapeSlackText('<!channel> hi <@U123> <https://evil.test|bank>')).toBe(
      '&lt;!channel&gt; hi &lt;@U123&gt; &lt;https://evil.test|bank&gt;',
    );
  });

  it('escapes ampersands first so existing entities stay literal', () => {
    expect(escapeSlackText('AT&T &lt;')).toBe('AT&amp;T &amp;lt;');
  });
});

describe('slackLink', () => {
  it('escapes the label and keeps the URL from closing the markup', () => {
    expect(slackLink('https://x.test/a|b>c', '<!here> Title')).toBe('<https://x.test/a%7Cb%3Ec|&lt;!here&gt; Title>');
  });
});

describe('userMention', () => {
  it('mentions only real user ids', () => {
    expect(userMention('U0ALICE')).toBe('<@U0ALICE>');
    expect(userMention('!channel')).toBe('!channel');
  });
});

describe('slackMarkupToPlainText', () => {
  it('shows links as their URL, mentions as their label, and decodes entities', () => {
    expect(slackMarkupToPlainText('Tom &amp; Jerry <https://x.test|x> <@U1|bob> &lt;3')).toBe('Tom & Jerry https://x.test bob <3');
  });
});
