import { extractParties } from '../../../../src/summarize/offline';
import { isKnownOrganization, takesArticle } from '../../../../src/summarize/offline/gazetteer/organizations';

const names = (list: ReadonlyArray<{ name: string }>) => list.map((party) => party.name);

describe('known organisations', () => {
  it('knows companies, outlets and bodies the news names bare, whatever the case or accents', () => {
    expect(isKnownOrganization('Uber')).toBe(true);
    expect(isKnownOrganization('goldman sachs')).toBe(true);
    expect(isKnownOrganization('Nestle')).toBe(true);
    expect(isKnownOrganization('The Guardian')).toBe(true);
    expect(isKnownOrganization('Guardian')).toBe(true);
    expect(isKnownOrganization('Halvorsen Maritime')).toBe(false);
    expect(takesArticle('Kremlin')).toBe(true);
    expect(takesArticle('Amazon')).toBe(false);
  });

  it('takes a known company named with no hint of what it is as an organisation', () => {
    const parties = extractParties('Drivers who work for both Uber and Lyft protested on Monday. Netflix shares rose 5% on the news. Ticketmaster apologised.');
    expect(names(parties.organizations)).toEqual(['Uber', 'Lyft', 'Netflix', 'Ticketmaster']);
    expect(parties.people).toEqual([]);
  });

  it('takes football clubs named like a woman or a given name and a town for clubs', () => {
    const text =
      'Chelsea have paid the fee to sign Athletic Bilbao keeper Kepa Arrizabalaga. This has freed the move of Thibaut Courtois to Real Madrid. Chelsea hope to announce the deal today.';
    const parties = extractParties(text);
    expect(names(parties.organizations)).toEqual(['Chelsea', 'Athletic Bilbao', 'Real Madrid']);
    expect(names(parties.people)).toEqual(['Kepa Arrizabalaga', 'Thibaut Courtois']);
  });

  it('keeps a known name that opens with a word in -ing whole', () => {
    expect(names(extractParties('Rolling Stone reported details of the reunion tour on Monday.').organizations)).toEqual(['Rolling Stone']);
  });

  it('keeps a known company apart from the product named after it', () => {
    const text = 'Google Stadia launches tomorrow. Before launch Google promised 4K games. Google promised more, and Amazon Music Unlimited rivals Google Play Music.';
    expect(names(extractParties(text).organizations)).toContain('Google');
  });

  it('counts the forms of one known organisation as one', () => {
    const text = 'Volkswagen showed a concept wagon. VW says it may build it. Reporters from the Associated Press asked when; AP later reported a date.';
    expect(names(extractParties(text).organizations)).toEqual(['Volkswagen', 'Associated Press']);
    const fed = 'The Federal Reserve held rates steady. Fed Chair Jerome Powell said the economy was strong. The Fed meets again in December.';
    expect(names(extractParties(fed).organizations)).toEqual(['Federal Reserve']);
  });

  it('takes the name before a corporate form as a short form of the company', () => {
    const text = 'Walt Disney Co. launched its streaming service. Disney said it had 10 million sign-ups.';
    expect(names(extractParties(text).organizations)).toEqual(['Walt Disney Co']);
  });

  it('knows a team by its singular nickname after "the", and its town as the team', () => {
    const text = 'The Lakers beat the Oklahoma City Thunder 112-107. The Thunder scored nine straight points, but Oklahoma City could not score again.';
    expect(names(extractParties(text).organizations)).toContain('Oklahoma City Thunder');
  });

  it('reads "WHO" in capitals as the organisation, and "Who" as a word', () => {
    expect(names(extractParties('WHO officials met on Monday. The WHO has declared an emergency.').organizations)).toEqual(['WHO']);
    expect(extractParties('Who said that? The man who came.').organizations).toEqual([]);
  });

  it('keeps a known outlet whose name ends in a role word, and a known name closing an unknown one, apart', () => {
    const text = 'Omar Lamrani told Business Insider in October that the group was secular. The Pentagon rejected the claims, a general told VOA Pentagon correspondent Carla Babb.';
    const organizations = names(extractParties(text).organizations);
    expect(organizations).toContain('Business Insider');
    expect(organizations).toContain('Pentagon');
  });

  it('does not take a known company’s product or unit for a person, but keeps a player named like a team', () => {
    expect(extractParties('Yahoo Finance reported the deal. Yahoo Finance said shares rose.').people).toEqual([]);
    expect(names(extractParties('Lakers great Magic Johnson watched. Johnson said it was great.').people)).toEqual(['Magic Johnson']);
  });

  it('counts a name that takes "the" only with it: "the Heat" is a team, "Heat of Fusion" a book', () => {
    const text = 'Only the collection Heat of Fusion and two novels remained in print. Heat of Fusion sold well, and Heat won.';
    expect(extractParties(text).organizations).toEqual([]);
  });

  it('keeps the "’s" of a company named in the possessive', () => {
    const text = 'Home Depot beat estimates, while Lowe’s shares fell 2%. Lowe’s reports on Wednesday. McDonald’s raised prices.';
    expect(names(extractParties(text).organizations)).toEqual(['Home Depot', 'Lowe’s', 'McDonald’s']);
  });

  it('reads "McDonald’s" after a person named McDonald as that person’s', () => {
    const text = 'The band will tour with singer Michael McDonald. Fans love McDonald’s soulful voice.';
    expect(extractParties(text).organizations).toEqual([]);
  });

  it('does not take a bank named like a person for a person', () => {
    const parties = extractParties('Analysts at Morgan Stanley expect growth, while Goldman Sachs said the deal was priced fairly.');
    expect(names(parties.organizations)).toEqual(['Morgan Stanley', 'Goldman Sachs']);
    expect(parties.people).toEqual([]);
  });

  it('takes a company that shares its name with a town as the company', () => {
    const parties = extractParties('Toyota recalled 1 million cars on Tuesday, and Nokia cut 5,000 jobs.');
    expect(names(parties.organizations)).toEqual(['Toyota', 'Nokia']);
  });

  it('leaves a surname to the person who bears it', () => {
    const parties = extractParties('Harrison Ford starred in the film. Ford said he loved the script.');
    expect(names(parties.people)).toEqual(['Harrison Ford']);
    expect(parties.organizations).toEqual([]);
  });

  it('does not read a known name after "the" as the company, unless the name takes "the"', () => {
    const rainforest = extractParties('Fires raged across the Amazon rainforest. The Amazon is burning faster than ever.');
    expect(rainforest.organizations).toEqual([]);
    const kremlin = extractParties('The deal was welcomed by the Kremlin, which said talks would go on.');
    expect(names(kremlin.organizations)).toEqual(['Kremlin']);
  });

  it('does not read a common word that opens a sentence as the company of that name', () => {
    const parties = extractParties('Shell companies hide who owns them. Regulators want every shell company registered.');
    expect(parties.organizations).toEqual([]);
  });
});
