import { defaultSafeFetchOptions, systemResolver } from '../../../src/article/fetch';

describe('defaultSafeFetchOptions', () => {
  it('allows only public addresses on the standard ports, with every limit set', () => {
    const options = defaultSafeFetchOptions();
    expect(options).toMatchObject({ allowPrivateAddresses: [], allowedPorts: [80, 443], maxRedirects: 5, resolver: systemResolver });
    for (const limit of [options.connectTimeoutMs, options.totalTimeoutMs, options.maxHtmlBytes, options.maxPdfBytes]) {
      expect(limit).toBeGreaterThan(0);
      expect(Number.isFinite(limit)).toBe(true);
    }
    expect(options.maxPdfBytes).toBeGreaterThanOrEqual(options.maxHtmlBytes);
  });

  it('resolves names with the operating system, every address included', async () => {
    const answers = await systemResolver('localhost');
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every(({ family }) => family === 4 || family === 6)).toBe(true);
  });
});
