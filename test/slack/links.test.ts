import { findLinks } from '../../src/slack/links';

describe('findLinks', () => {
  it('reads Slack link markup with and without a label', () => {
    expect(findLinks('<@U0BOT> please <https://example.com/a|example.com/a> and <https://news.test/b>')).toEqual([
      'https://example.com/a',
      'https://news.test/b',
    ]);
  });

  it('decodes the entities Slack puts inside URLs', () => {
    expect(findLinks('<https://example.com/?a=1&amp;b=2>')).toEqual(['https://example.com/?a=1&b=2']);
  });

  it('reads bare URLs, as commands deliver them unescaped, without trailing punctuation', () => {
    expect(findLinks('look at https://example.com/story. And (https://example.com/wiki/Foo_(bar)), ok')).toEqual([
      'https://example.com/story',
      'https://example.com/wiki/Foo_(bar)',
    ]);
  });

  it('does not take mentions, channels, specials or email addresses for links', () => {
    expect(findLinks('<@U123|bob> <#C123|general> <!here> <mailto:a@b.test|a@b.test>')).toEqual([]);
  });

  it('keeps other schemes so the validator can say why they are refused', () => {
    expect(findLinks('<ftp://files.test/x> <javascript:alert(1)>')).toEqual(['ftp://files.test/x', 'javascript:alert(1)']);
    expect(findLinks('ftp://files.test/y file:///etc/passwd javascript:alert(2)')).toEqual([
      'ftp://files.test/y',
      'file:///etc/passwd',
      'javascript:alert(2)',
    ]);
  });

  it('does not take a word followed by a colon for a link', () => {
    expect(findLinks('Note: the council met. Update:today')).toEqual([]);
  });

  it('returns each link once, in order', () => {
    expect(findLinks('<https://a.test/> https://b.test/ <https://a.test/|again>')).toEqual(['https://a.test/', 'https://b.test/']);
  });
});
