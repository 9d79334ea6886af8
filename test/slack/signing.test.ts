import { isValidSlackRequest } from '@slack/bolt';
import { slackSignature } from '../support/slackRequests';

/** The official vector from Slack's "Verifying requests from Slack" (see docs/platform-facts in the shared fixtures). */
const vector = {
  secret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: 1531420618,
  body:
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar' +
    '&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com' +
    '%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};

describe('Slack request signing', () => {
  it('produces the signature of the official test vector (the signer every test request uses)', () => {
    expect(slackSignature(vector.secret, vector.timestamp, vector.body)).toBe(vector.signature);
  });

  it('is accepted by the verifier the web process runs, at the time it was signed', () => {
    const headers = { 'x-slack-signature': vector.signature, 'x-slack-request-timestamp': vector.timestamp };
    expect(isValidSlackRequest({ signingSecret: vector.secret, body: vector.body, headers, nowMilliseconds: vector.timestamp * 1000 })).toBe(true);
  });

  it('is refused once older than five minutes, or with one byte changed', () => {
    const headers = { 'x-slack-signature': vector.signature, 'x-slack-request-timestamp': vector.timestamp };
    expect(isValidSlackRequest({ signingSecret: vector.secret, body: vector.body, headers, nowMilliseconds: (vector.timestamp + 301) * 1000 })).toBe(false);
    expect(
      isValidSlackRequest({ signingSecret: vector.secret, body: vector.body.replace('roadrunner', 'roadrunnex'), headers, nowMilliseconds: vector.timestamp * 1000 }),
    ).toBe(false);
  });
});
