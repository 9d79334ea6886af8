import { judgeAddress } from '../../../src/article/fetch/addressPolicy';

describe('judgeAddress', () => {
  it.each([
    ['8.8.8.8', '8.8.8.8'],
    ['93.184.216.34', '93.184.216.34'],
    ['2606:4700:4700::1111', '2606:4700:4700::1111'],
    ['::ffff:8.8.8.8', '8.8.8.8'],
    ['64:ff9b::808:808', '64:ff9b::808:808'],
    ['2002:808:808::1', '2002:808:808::1'],
  ])('allows the public address %s and connects to %s', (address, connectTo) => {
    expect(judgeAddress(address)).toEqual({ allowed: true, connectTo });
  });

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.127.255.255', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456:789a::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
    ['::ffff:127.0.0.1', 'ipv4Mapped → loopback'],
    ['::ffff:169.254.169.254', 'ipv4Mapped → linkLocal'],
    ['::ffff:10.0.0.1', 'ipv4Mapped → private'],
    ['::7f00:1', 'ipv4Compatible → loopback'],
    ['::ffff:0:a00:1', 'rfc6145 → private'],
    ['64:ff9b::a9fe:a9fe', 'rfc6052 → linkLocal'],
    ['64:ff9b:1::1', 'rfc6052'],
    ['2002:a00:1::1', '6to4 → private'],
    ['2002:7f00:1::', '6to4 → loopback'],
    // Teredo: server 65.54.227.120 (public), client 192.168.0.1 stored with every bit inverted.
    ['2001:0:4136:e378:8000:63bf:3f57:fffe', 'teredo → private'],
  ])('refuses %s (%s)', (address, range) => {
    expect(judgeAddress(address)).toEqual({ allowed: false, range });
  });

  it('refuses anything that is not an IP address', () => {
    expect(judgeAddress('news.test')).toEqual({ allowed: false, range: 'invalid' });
  });

  it('admits exactly the addresses of the test-only allowance, in any spelling', () => {
    expect(judgeAddress('127.0.0.1', ['127.0.0.1'])).toEqual({ allowed: true, connectTo: '127.0.0.1' });
    expect(judgeAddress('::ffff:127.0.0.1', ['127.0.0.1'])).toEqual({ allowed: true, connectTo: '127.0.0.1' });
    expect(judgeAddress('127.0.0.2', ['127.0.0.1'])).toEqual({ allowed: false, range: 'loopback' });
    expect(judgeAddress('::1', ['127.0.0.1'])).toEqual({ allowed: false, range: 'loopback' });
  });
});
