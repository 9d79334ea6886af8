import { extractParties } from '../../../src/summarize/offline';

const names = (list: ReadonlyArray<{ name: string }>) => list.map((party) => party.name);

describe('extractParties', () => {
  describe('people', () => {
    it('takes the role and country from a title written before the name', () => {
      const parties = extractParties('A delegation headed by Deputy Prime Minister of Azerbaijan Shahin Mustafayev paid a visit to Iran.');
      expect(parties.people).toEqual([{ name: 'Shahin Mustafayev', role: 'Deputy Prime Minister', affiliation: 'Azerbaijan' }]);
    });

    it('keeps an organisation inside a title as part of the role, and its demonym as the affiliation', () => {
      const parties = extractParties('He met the Head of the Iranian Presidential Administration Mahmoud Vaezi on Tuesday.');
      expect(parties.people).toEqual([{ name: 'Mahmoud Vaezi', role: 'Head of the Presidential Administration', affiliation: 'Iran' }]);
      expect(parties.organizations).toEqual([]);
    });

    it('reads a role from an appositive after the name, with the organisation it belongs to', () => {
      const parties = extractParties('Ingrid Solberg-Vance, chief executive of Halvorsen Maritime, said the deal was done.');
      expect(parties.people).toEqual([{ name: 'Ingrid Solberg-Vance', role: 'chief executive', affiliation: 'Halvorsen Maritime' }]);
      expect(names(parties.organizations)).toEqual(['Halvorsen Maritime']);
    });

    it('attributes speech: "said Jane Doe, a spokeswoman for …"', () => {
      const parties = extractParties('The talks will resume, said Jane Doe, a spokeswoman for the Ministry of Trade.');
      expect(parties.people).toEqual([{ name: 'Jane Doe', role: 'spokeswoman', affiliation: 'Ministry of Trade' }]);
      expect(names(parties.organizations)).toEqual(['Ministry of Trade']);
    });

    it('finds a name after a lower-case role and takes the team or country before the role as affiliation', () => {
      const parties = extractParties('Brazil coach Dorival Antunes said the striker was ready. Agent Marco Bellandi agreed.');
      expect(parties.people).toEqual([
        { name: 'Dorival Antunes', role: 'coach', affiliation: 'Brazil' },
        { name: 'Marco Bellandi', role: 'Agent', affiliation: null },
      ]);
    });

    it('merges later mentions by surname, honorific or given name into the first full name', () => {
      const text =
        'Former executive Desmond Achterberg denies the charges. Achterberg, 61, lives in Nairobi. ' +
        '"Mr Achterberg will answer," his lawyer said. Brazilian striker Caio Mendonça signed. "Caio is quick," she said.';
      expect(names(extractParties(text).people)).toEqual(['Desmond Achterberg', 'Caio Mendonça']);
    });

    it('handles "President X of Chile", initials and name suffixes', () => {
      const parties = extractParties('President Gabriel Boric of Chile met Patrick W. Carlineo Jr. on Monday. Carlineo said little.');
      expect(names(parties.people)).toEqual(['Gabriel Boric', 'Patrick W. Carlineo Jr.']);
      expect(names(parties.countries)).toEqual([]);
    });

    it('reads a role phrase before an appositive comma, capitals included, and the owner before its possessive', () => {
      const parties = extractParties("Among the issues is whether WeWork's founder and former CEO, Adam Neumann, indulged in self-dealing.");
      expect(parties.people).toEqual([{ name: 'Adam Neumann', role: 'founder and former CEO', affiliation: 'WeWork' }]);
    });

    it('does not make a full personal name an organisation because an organisation phrase precedes the comma', () => {
      const parties = extractParties('The company had been contacted by the office of the NYAG, Letitia James, on Monday.');
      expect(names(parties.people)).toEqual(['Letitia James']);
      expect(names(parties.organizations)).toEqual(['NYAG']);
    });

    it('splits an employer named before a role in an appositive from the role', () => {
      const parties = extractParties('That would hurt growth, said Ross Burkhart, a Boise State University political scientist.');
      expect(parties.people).toEqual([{ name: 'Ross Burkhart', role: 'political scientist', affiliation: 'Boise State University' }]);
    });

    it('reads roles from relative clauses: "who heads X", "who was the acting director of X"', () => {
      const text =
        'Tariffs helped, said Scott Paul, who heads the Alliance for American Manufacturing. ' +
        'They wrote to Kevin McAleenan, who was the acting director of the Department of Homeland Security.';
      expect(extractParties(text).people).toEqual([
        { name: 'Scott Paul', role: 'head', affiliation: 'Alliance for American Manufacturing' },
        { name: 'Kevin McAleenan', role: 'acting director', affiliation: 'Department of Homeland Security' },
      ]);
    });

    it('keeps capitalised title words in the role instead of reading them as an employer', () => {
      const parties = extractParties('The club won. Sporting director Graham Pilsworth added that Opposition senator Felipe Kast agreed.');
      expect(parties.people).toEqual([
        { name: 'Graham Pilsworth', role: 'sporting director', affiliation: null },
        { name: 'Felipe Kast', role: 'Opposition senator', affiliation: null },
      ]);
    });

    it('names the affiliation by the full organisation name, particles included', () => {
      const text = 'Thornbury signed him from Sporting Vale do Sol. Vale do Sol president Rui Tavares Lopes said the club had accepted.';
      expect(extractParties(text).people).toEqual([{ name: 'Rui Tavares Lopes', role: 'president', affiliation: 'Sporting Vale do Sol' }]);
    });

    it('gives no affiliation when the owner is another person', () => {
      const text = 'Desmond Achterberg denies the charges. Achterberg\'s lawyer, Faith Njoroge, said her client had cooperated.';
      expect(extractParties(text).people).toContainEqual({ name: 'Faith Njoroge', role: 'lawyer', affiliation: null });
    });

    it('gives no affiliation from an adjective of place ("London-based")', () => {
      const parties = extractParties('The lamp is by the acclaimed London-based designer Michael Anastassiades.');
      expect(parties.people).toEqual([{ name: 'Michael Anastassiades', role: 'designer', affiliation: null }]);
    });

    it('does not take a company name and one more word for a person ("Uber Money")', () => {
      const text = 'Uber announced a card. Uber got into financial services with Uber Money, and Uber reported growth.';
      const parties = extractParties(text);
      expect(names(parties.organizations)).toEqual(['Uber']);
      expect(parties.people).toEqual([]);
    });

    it('does not let a lone name particle ("La.") stand for a person', () => {
      const text = 'Trump spoke at a rally in Monroe, La., on Nov. 6. Prices rose, said Monica de Bolle, a senior fellow at the Peterson Institute.';
      expect(names(extractParties(text).people)).toContain('Monica de Bolle');
    });

    it('takes the affiliation from a possessive owner or from "of <country>" after the name', () => {
      const text = "Chile's President Gabriel Boric spoke. President Xi Jinping of China agreed. BBC's Emily Maitlis pressed him.";
      expect(extractParties(text).people).toEqual([
        { name: 'Gabriel Boric', role: 'President', affiliation: 'Chile' },
        { name: 'Xi Jinping', role: 'President', affiliation: 'China' },
        { name: 'Emily Maitlis', role: null, affiliation: 'BBC' },
      ]);
    });

    it('keeps the employer named before a title out of the role, and a country inside a title in it', () => {
      const text = 'Hong Kong Chief Executive Carrie Lam flew in. Assistant U.S. Attorney Gordon Kromberg objected.';
      const people = extractParties(text).people;
      expect(people[0]).toEqual({ name: 'Carrie Lam', role: 'Chief Executive', affiliation: 'Hong Kong' });
      expect(people[1]).toMatchObject({ name: 'Gordon Kromberg', role: 'Assistant U.S. Attorney' });
    });

    it('gives officials listed together the country one of them is named with', () => {
      const text =
        'He met the Head of the Iranian Presidential Administration Mahmoud Vaezi, Energy Minister Reza Ardakanian, ' +
        'and Defense and Armed Forces Support Minister Amir Hatemi.';
      expect(extractParties(text).people.map((person) => person.affiliation)).toEqual(['Iran', 'Iran', 'Iran']);
    });

    it('reads roles given by appointment and acronyms inside a role as the employer', () => {
      const text =
        'The Department of Homeland Security (DHS) said so. Chad Wolf has been named new DHS acting secretary. ' +
        'Tim Morrison, another top NSC aide, testified. The We Company’s recently named executive chair Marcelo Claure wrote.';
      expect(extractParties(text).people).toEqual([
        { name: 'Chad Wolf', role: 'acting secretary', affiliation: 'Department of Homeland Security' },
        { name: 'Tim Morrison', role: 'top aide', affiliation: 'NSC' },
        { name: 'Marcelo Claure', role: 'executive chair', affiliation: 'We Company' },
      ]);
    });

    it('takes the owner as employer after "at" ("a professor at New York University\'s Stern School")', () => {
      const text = 'Tariffs are a tax, said Lawrence White, a professor at New York University’s Stern School of Business.';
      expect(extractParties(text).people).toEqual([{ name: 'Lawrence White', role: 'professor', affiliation: 'New York University' }]);
    });

    it('keeps a company named in full before its short name, whatever the words before it say', () => {
      const { readFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
      const parties = extractParties(readFileSync(`${__dirname}/../../fixtures/articles/own/business-chipmaker.txt`, 'utf8'));
      expect(names(parties.organizations)).toContain('Arden Micro');
      expect(parties.people).toContainEqual({ name: 'Priya Raman', role: 'chief executive', affiliation: 'Arden Micro' });
    });

    it('gives no affiliation for what a person is a victim of', () => {
      const text = 'Virginia Giuffre, a victim of Epstein’s alleged trafficking ring, spoke. Jeffrey Epstein died in August.';
      expect(extractParties(text).people[0]).toEqual({ name: 'Virginia Giuffre', role: 'victim', affiliation: null });
    });

    it('reads a player from a statistics line even without a known given name', () => {
      const text = 'Semyon Varlamov stopped 27 shots as New York improved to 14-0-1.';
      expect(names(extractParties(text).people)).toEqual(['Semyon Varlamov']);
    });

    it('finds the employer after the field of a role ("professor of epidemiology at …")', () => {
      const text = 'Dr. Silvia S. Martins, associate professor of epidemiology at Columbia University Mailman School of Public Health, commented.';
      expect(extractParties(text).people).toEqual([
        { name: 'Silvia S. Martins', role: 'associate professor', affiliation: 'Columbia University Mailman School of Public Health' },
      ]);
    });

    it('reads a role around an employer, and a role before an honorific', () => {
      const text =
        "As CNN's chief medical correspondent Dr. Sanjay Gupta noted, it was bad. " +
        '"It was fine," said Hogan Gidley, the principal deputy White House press secretary.';
      expect(extractParties(text).people).toEqual([
        { name: 'Sanjay Gupta', role: 'chief medical correspondent', affiliation: 'CNN' },
        { name: 'Hogan Gidley', role: 'principal deputy press secretary', affiliation: 'White House' },
      ]);
    });

    it('merges a name written with initials into the same person spelled out', () => {
      const text = 'Benjamin Nzeribe died on Monday. The Senate mourned Hon. B. U. Nzeribe, a former Speaker.';
      expect(names(extractParties(text).people)).toEqual(['Benjamin Nzeribe']);
    });

    it('does not take a measured product or a brand-spelled name for a person', () => {
      const text = 'Apple will release a new 13-inch MacBook Pro. The 13-inch MacBook Pro will follow suit, and the MacBook Air was updated.';
      expect(extractParties(text).people).toEqual([]);
    });

    it('does not take a bare title for a person', () => {
      expect(extractParties('The Home Secretary approved the request, and the Prime Minister agreed.').people).toEqual([]);
    });
  });

  describe('organisations', () => {
    it('recognises organisations by their words, including "of" and "and" inside the name', () => {
      const parties = extractParties(
        "Poland's competition watchdog, the Office of Competition and Consumer Protection, and the Cabinet of Ministers of Azerbaijan agreed.",
      );
      expect(names(parties.organizations)).toEqual(['Office of Competition and Consumer Protection', 'Cabinet of Ministers of Azerbaijan']);
    });

    it('recognises organisations without an organisation word from how the article describes them', () => {
      const text =
        'SoftBank founder Masayoshi Son spoke first. Temasek, Singapore’s state investment company, will take two seats. ' +
        'Minera Altiplano, a Chilean copper producer, was not part of the sale. The cabinet told Trend on Monday.';
      expect(names(extractParties(text).organizations)).toEqual(['SoftBank', 'Temasek', 'Minera Altiplano', 'Trend']);
    });

    it('treats acronyms as organisations, but not common abbreviations', () => {
      const parties = extractParties('The FBI said the analyst, who told the CEO about the leak, was arrested. NATO declined to comment.');
      expect(names(parties.organizations)).toEqual(['FBI', 'NATO']);
    });

    it('takes the news agency from a wire dateline and does not read the place in capitals as an acronym', () => {
      const parties = extractParties('WASHINGTON, March 4 (Reuters) - The Organization of American States suspended the country on Tuesday.');
      expect(names(parties.organizations)).toEqual(['Reuters', 'Organization of American States']);
    });

    it('merges short forms into the full name: first words, last words, head word and initials', () => {
      const text =
        'Halvorsen Maritime bought Kestrel Logistics. Shares in Halvorsen rose. The European Commission must approve; ' +
        'a spokesman for the Commission declined to comment. The Football Association said the FA would decide.';
      expect(names(extractParties(text).organizations)).toEqual(['Halvorsen Maritime', 'Kestrel Logistics', 'European Commission', 'Football Association']);
    });

    it('joins "and" inside agency names, but not before a person\'s name', () => {
      const text =
        'Bloomberg News reported scrutiny from the U.S. Securities and Exchange Commission and from Customs and Border Protection. ' +
        'The doctors wrote to the Department of Homeland Security and Alex Azar on Monday.';
      const parties = extractParties(text);
      expect(names(parties.organizations)).toEqual(['Bloomberg News', 'U.S. Securities and Exchange Commission', 'Customs and Border Protection', 'Department of Homeland Security']);
      expect(names(parties.people)).toEqual(['Alex Azar']);
    });

    it('takes the whole name after an organisation noun: "the group Doctors for Camp Closure"', () => {
      const parties = extractParties('The doctors, members of a recently formed group Doctors for Camp Closure, offered to help.');
      expect(names(parties.organizations)).toEqual(['Doctors for Camp Closure']);
      expect(parties.people).toEqual([]);
    });

    it('describes an organisation only by an appositive that closes ("an exchange of views took place" is none)', () => {
      const text =
        'During the meeting at the Ministry of Defense of Iran, an exchange of views took place. ' +
        'Huawei, the embattled Chinese tech company that has become a symbol, said nothing.';
      expect(extractParties(text).organizations).toEqual([
        { name: 'Ministry of Defense of Iran', description: null },
        { name: 'Huawei', description: 'embattled Chinese tech company' },
      ]);
    });

    it('does not take an abbreviation the article spells out in lower case for an organisation', () => {
      const text = 'Doctors diagnosed hypersensitivity pneumonitis, or HP. HP is rare, the CDC said.';
      expect(names(extractParties(text).organizations)).toEqual(['CDC']);
    });

    it('splits an acronym the article uses alone from a place name after it, not from the rest of an organisation name', () => {
      const text =
        'CBP did not accept the offer. An outbreak at the CBP McAllen facility followed. The UN Security Council met. ' +
        'He was held at HMP Belmarsh.';
      expect(names(extractParties(text).organizations)).toEqual(['CBP', 'UN Security Council']);
    });

    it('merges an organisation named with the same words in another order', () => {
      const text = 'The Department of Homeland Security declined. The Homeland Security Department said later it would act.';
      expect(names(extractParties(text).organizations)).toEqual(['Department of Homeland Security']);
    });

    it('recognises one-word companies and outlets from what they do and own', () => {
      const text =
        'The statement was obtained by Variety on Monday. Payment is due in ten days, Reuters reported. ' +
        'The carrier also ordered 50 Airbus A350-900 jets.';
      expect(names(extractParties(text).organizations)).toEqual(['Variety', 'Reuters', 'Airbus']);
    });

    it('counts "its" later in the clause, and a corporate verb, for a one-word name that is also a given name', () => {
      const text = 'Apple has been dealing with outrage over its keyboards. Apple announced a repair program.';
      expect(names(extractParties(text).organizations)).toEqual(['Apple']);
    });

    it('does not make a person of one-word possessives once the full name is known', () => {
      const text = 'Jeffrey Epstein died in August. Epstein’s crimes, Epstein’s island and Epstein’s friends were discussed.';
      const parties = extractParties(text);
      expect(names(parties.people)).toEqual(['Jeffrey Epstein']);
      expect(parties.organizations).toEqual([]);
    });

    it('lends one organisation\'s evidence to the names listed with it', () => {
      const text = 'Pepsi, Coca-Cola, Costco and the recreational vehicle-maker Winnebago are among retailers that raised prices.';
      expect(names(extractParties(text).organizations)).toEqual(['Pepsi', 'Coca-Cola', 'Costco', 'Winnebago']);
    });

    it('describes an organisation by the noun before it, with a demonym, but not by a participle or when it only modifies a noun', () => {
      const text =
        'Thornbury signed him from Portuguese champions Sporting Vale do Sol. Doctors in a recently formed group Doctors for Camp Closure wrote. ' +
        'The party renamed its press office Twitter account.';
      expect(extractParties(text).organizations).toEqual([
        { name: 'Sporting Vale do Sol', description: 'Portuguese champions' },
        { name: 'Doctors for Camp Closure', description: 'group' },
        { name: 'Twitter', description: null },
      ]);
    });

    it('does not join two names listed with "and" into one', () => {
      const text = 'Wistron and Global Lighting Technologies are said to be suppliers for all MacBook Pro and MacBook Air models.';
      expect(names(extractParties(text).organizations)).toEqual(['Wistron', 'Global Lighting Technologies']);
    });

    it('reads a ministry whose fields are listed with commas, and the acronym defined for it in brackets', () => {
      const text = 'The Ministry of Trade, Industry and Energy (MOTIE) unveiled a plan. Sixteen priorities were identified by MOTIE.';
      expect(names(extractParties(text).organizations)).toEqual(['Ministry of Trade, Industry and Energy']);
    });

    it('takes the organisation out of a title without a name, and none from a draw group, unit or survey', () => {
      const text =
        'Senate Leader, Ahmad Lawan raises a motion on the deaths of a former Speaker of the House of Representatives. ' +
        'Switzerland beat Gibraltar 6-0 to win Group D on Sunday. Capacity reached 8.69 GW. Participants filled in The National Survey on Drug Use.';
      expect(names(extractParties(text).organizations)).toEqual(['Senate', 'House of Representatives']);
    });

    it('knows a one-word employer after "at", and laboratories', () => {
      const text =
        'Eswar Prasad, a trade professor at Cornell, said so. Rosaly Lopes of NASA’s Jet Propulsion Laboratory agreed.';
      const parties = extractParties(text);
      expect(names(parties.organizations)).toEqual(['Cornell', 'NASA', 'Jet Propulsion Laboratory']);
      expect(names(parties.people)).toEqual(['Eswar Prasad', 'Rosaly Lopes']);
    });

    it('keeps an organisation named inside a longer one apart from it', () => {
      const text =
        'The United Nations and the Arab League criticised the move. The United Nations High Commissioner for Human Rights said it broke the law.';
      expect(names(extractParties(text).organizations)).toEqual(['United Nations', 'Arab League', 'United Nations High Commissioner for Human Rights']);
    });

    it('recognises sports teams from scores and results', () => {
      const text = 'Riverside United came from behind to beat Northgate City 3-2 on Saturday. Northgate boss Ivana Petrovic was furious.';
      const parties = extractParties(text);
      expect(names(parties.organizations)).toEqual(['Riverside United', 'Northgate City']);
      expect(names(parties.people)).toEqual(['Ivana Petrovic']);
    });
  });

  describe('countries', () => {
    it('maps demonyms to countries when the country acts ("the Iranian side", "Polish government")', () => {
      const text = 'The Iranian side offered support. The Polish government said it would back the sale.';
      expect(names(extractParties(text).countries)).toEqual(['Iran', 'Poland']);
    });

    it('does not read the United States into "Organization of American States"', () => {
      const text = 'The Organization of American States met on Tuesday. The Organization of American States voted on Friday.';
      expect(extractParties(text).countries).toEqual([]);
    });

    it('reads "US" as the United States and the pronoun "us" as nothing', () => {
      expect(names(extractParties('US officials said the US would respond.').countries)).toEqual(['United States']);
      expect(extractParties('"Nobody gave us a chance. Let us win," he said. They told us more later.').countries).toEqual([]);
    });

    it('leaves out countries that are merely mentioned as places', () => {
      const text = 'The club had beaten rivals from Spain. He will play against Uruguay in March. Kenya said it would appeal.';
      expect(names(extractParties(text).countries)).toEqual(['Kenya']);
    });

    it('counts national teams that play, not those a player will meet', () => {
      const text = 'Wales beat Hungary 2-0 on Tuesday. Next he will play against Uruguay in March.';
      expect(names(extractParties(text).countries)).toEqual(['Wales', 'Hungary']);
    });

    it('counts a national team beaten in a result', () => {
      const text = 'Croatia secured its spot with a 3-1 victory against Slovakia, while Austria punched its ticket by beating North Macedonia.';
      expect(names(extractParties(text).countries)).toEqual(expect.arrayContaining(['Slovakia', 'North Macedonia']));
    });

    it('counts countries that deal with each other ("between …", "Azerbaijan-Iran-Russia")', () => {
      const text = 'They discussed the Azerbaijan-Iran-Russia grid and trade between Azerbaijan, Iran, and Turkey.';
      expect(names(extractParties(text).countries)).toEqual(['Azerbaijan', 'Iran', 'Russia', 'Turkey']);
    });
  });

  describe('places', () => {
    it('are not parties: cities, rivers, regions, power plants, conflicts', () => {
      const text =
        'The court sat in Nairobi. The water of the Araz River was discussed, along with the Ordubad and Marazad hydroelectric ' +
        'power plants, the Nakhchivan Autonomous Republic, the Nagorno-Karabakh conflict and a mine in Limpopo province.';
      const parties = extractParties(text);
      expect(parties).toEqual({ people: [], organizations: [], countries: [] });
    });

    it('knows cities, states and provinces of the world, also where the context alone would make them actors', () => {
      const text =
        'Minnesota beat Buffalo 3-2 on Tuesday. The clinic opened at the San Ysidro, California, facility. ' +
        'Flights from Abu Dhabi were delayed. Arroyo, a Sacramento family medicine physician, said so.';
      const parties = extractParties(text);
      expect(parties.organizations).toEqual([]);
      expect(parties.people).toEqual([]);
    });

    it('are not the planets and moons of the solar system', () => {
      const text = "Europa has an ocean beneath its ice shell. Researchers observed Europa for 17 nights. Europa's plumes are sporadic, and Clipper will study Europa up close.";
      expect(extractParties(text).organizations).toEqual([]);
    });

    it('keeps a person whose surname is also a city', () => {
      const text = 'Ian Hamilton, an expert at the University of York, told Newsweek. Hamilton said the risk was real.';
      expect(names(extractParties(text).people)).toEqual(['Ian Hamilton']);
    });

    it('are not gerunds opening a sentence', () => {
      expect(extractParties('Watching Premier League games abroad is easy.').organizations).toEqual([{ name: 'Premier League', description: null }]);
    });

    it('are not laws, prizes, adverbs opening a sentence, or lone party adjectives', () => {
      const text =
        'Punjab passed the Subsoil Water Act in 2009. Linda Buck won the Nobel Prize. Roughly 1.5 million died. ' +
        'The Democratic candidate spoke; Democratic lawmakers agreed.';
      const parties = extractParties(text);
      expect(names(parties.organizations)).toEqual([]);
      expect(names(parties.people)).toEqual(['Linda Buck']);
    });

    it('does not make a colleague\'s name an employer, and knows professions by their ending', () => {
      const text = 'The immunologist De’Broski Herbert looked closer. A group led by Herbert’s colleague Noam Cohen found the sugars.';
      const parties = extractParties(text);
      // "colleague" relates Cohen to Herbert: no role of his own.
      expect(parties.people).toEqual([
        { name: 'De’Broski Herbert', role: 'immunologist', affiliation: null },
        { name: 'Noam Cohen', role: null, affiliation: null },
      ]);
      expect(parties.organizations).toEqual([]);
    });

    it('are not regions named by a compass word and a known place, nor names in a reference list', () => {
      const text =
        'Senator representing Yobe North, Ahmad Lawan, moved a motion. ' +
        'More information: G. Petit et al. Hibernation and Torpor, Handbook of Life Support Systems for Spacecraft (2018). DOI: 10.1007/978';
      const parties = extractParties(text);
      expect(names(parties.people)).toEqual(['Ahmad Lawan']);
      expect(parties.organizations).toEqual([]);
    });

    it('skips headline-style lines that capitalise every word', () => {
      const text = 'Man Shot at Dallas Gas Station Dies at Hospital\n\nPolice Identify Woman Found Dead in Plano Apartment';
      expect(extractParties(text)).toEqual({ people: [], organizations: [], countries: [] });
    });
  });

  it('gets every party of the sample article right', () => {
    const { readFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const text = readFileSync(`${__dirname}/../../fixtures/articles/azerbaijan-iran-delegation.txt`, 'utf8');
    const parties = extractParties(text);
    expect(names(parties.people)).toEqual(['Shahin Mustafayev', 'Mahmoud Vaezi', 'Reza Ardakanian', 'Amir Hatemi', 'Ilham Aliyev']);
    expect(names(parties.organizations)).toEqual([
      'Cabinet of Ministers of Azerbaijan',
      'Trend',
      'Iranian Ministry of Energy',
      'Ministry of Defense and Support of the Armed Forces of Iran',
    ]);
    expect(names(parties.countries)).toEqual(['Azerbaijan', 'Iran', 'Russia', 'Turkey']);
  });
});
