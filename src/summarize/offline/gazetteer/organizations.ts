import { normalizeForMatching } from '../../grounding';

/**
 * Organisations the news names without saying what they are: "Uber and Lyft drivers", "Apple declined to comment",
 * "analysts at Morgan Stanley". Rules can only guess at a bare one-word name (a surname? a place? a product?) or at a
 * name that reads like a person's, so these are the ones worth knowing by heart: the largest companies by market value
 * and revenue and the brands people use every day, the banks and investors markets news quotes, the analysts and
 * pollsters it cites, the news agencies and outlets cited as sources, the bodies known by a name with no organisation
 * word in it, the main parties of British and American politics under the names the news gives them ("Labour", "the
 * Tories"), the football clubs whose names read as a woman's name ("Chelsea"), a given name and a town ("Real Madrid")
 * or nothing at all, and the teams whose nickname is a common word in the singular ("the Thunder", "the Wild"). A name
 * whose words already say "organisation" ("Bank of America", "Ministry of Defence", "Delta Air Lines") is left to the
 * rules, as are most acronyms, which the rules already read as organisations. Forms of one organisation share an entry,
 * joined by "=" ("Volkswagen=VW"); spellings that normalise alike ("Nestlé", "Nestle") need no second form.
 */
const KNOWN_ORGANIZATIONS = `
  Alphabet|Google|YouTube|Waymo|DeepMind|Apple|Amazon|Microsoft|LinkedIn|GitHub|Meta|Facebook|Instagram|WhatsApp
  Oculus|Twitter|TikTok|ByteDance|Snapchat|Snap|Pinterest|Reddit|Tumblr|Yahoo|Netflix|Spotify|Hulu|Disney|Pixar|Marvel
  HBO|Warner Bros. Discovery|Warner Bros|Paramount|Ticketmaster|Live Nation|Uber|Lyft|Airbnb|DoorDash|Instacart
  Grubhub|Deliveroo|Expedia|Tripadvisor|Zillow|Yelp|Etsy|eBay|PayPal|Venmo|Stripe|Shopify|Coinbase|Robinhood|Binance
  Mastercard|Visa|Tesla|SpaceX|Blue Origin|Nvidia|Intel|Qualcomm|Broadcom|Micron|Oracle|Salesforce|Adobe|Cisco|Dell
  Lenovo|Huawei|Xiaomi|Samsung|Sony|Panasonic|Toshiba|Hitachi|Fujitsu|Nintendo|Activision|Blizzard|Ubisoft|Roblox|AOL
  Hewlett-Packard|Compaq|IBM|Sega|Atari|Twitch|Zoom|Slack|Dropbox|Palantir|Snowflake|OpenAI|Anthropic|Alibaba|Tencent
  Baidu|Foxconn|Nokia|Ericsson|Siemens|Philips|Bosch|Verizon|Comcast|Vodafone|Telefonica|T-Mobile|AT&T|Sprint|Motorola
  Netgear|Garmin|Fitbit|Peloton|WeWork|SoftBank|Accenture|Deloitte|McKinsey|KPMG|Walmart|Costco|Kroger|Walgreens
  Safeway|Tesco|Sainsbury's|Home Depot|Lowe's|Macy's|Kohl's|Dillard's|Trader Joe's|Aldi|Lidl|Carrefour|Ikea|Starbucks
  McDonald's|Wendy's|Chipotle|Domino's|Nike|Adidas|Puma|Gucci|Prada|Chanel|Hermès|Zara|Unilever|Nestlé|PepsiCo|Pepsi
  Coca-Cola|Heineken|Danone|Kellogg's|Mondelez|Hershey|Mattel|Hasbro|Lego|Pfizer|Moderna|BioNTech|AstraZeneca|Novartis
  Roche|Merck|Bayer|Sanofi|GlaxoSmithKline=GSK|Novo Nordisk|Eli Lilly|AbbVie|Amgen|Gilead|Medtronic|Monsanto|Boeing
  Airbus|Embraer|Bombardier|United Nations=UN=U.N.|European Union=EU=E.U.|Voice of America=VOA|Ryanair|easyJet
  Lufthansa|Qantas|Aeroflot|JetBlue|KLM|Cathay Pacific|Lockheed Martin|Raytheon|Northrop Grumman|Rolls-Royce|Toyota
  Honda|Nissan|Mazda|Subaru|Suzuki|Hyundai|Kia|Ford|Chrysler|Stellantis|Volkswagen=VW|Audi|Porsche|BMW
  Mercedes-Benz=Mercedes|Daimler|Renault|Peugeot|Citroen|Fiat|Ferrari|Volvo|Lexus|Cadillac|Chevrolet|Jeep|Land Rover
  Bentley|Lamborghini|Maserati|Skoda|Vauxhall|Opel|Geely|ExxonMobil=Exxon Mobil=Exxon|Chevron|Shell
  Saudi Aramco=Aramco|Gazprom|Rosneft|Lukoil|TotalEnergies|Petrobras|Glencore|Rio Tinto|ArcelorMittal|Halliburton
  Schlumberger|Caterpillar|Honeywell|JPMorgan Chase=JPMorgan=JP Morgan|Goldman Sachs|Morgan Stanley|Citigroup=Citi
  Wells Fargo|Barclays|HSBC|UBS|Credit Suisse|BlackRock|Vanguard|Fidelity|Berkshire Hathaway|Charles Schwab
  Merrill Lynch|Lloyds|NatWest|Santander|BNP Paribas|Federal Reserve=Fed|Nomura|Gartner|Forrester|Nielsen|Ipsos|YouGov
  Gallup|Kantar|Canalys|Moody's|Fitch|Nasdaq|Bloomberg|Reuters|Sputnik|Xinhua|Interfax|Yonhap|Kyodo|Politico|Axios
  BuzzFeed|HuffPost|Vox|TechCrunch|Engadget|Gizmodo|Mashable|Wired|CNET|Forbes|Newsweek|Variety|Rolling Stone|TMZ
  Breitbart|Mediaite|Business Insider|Argus Leader|Daily Beast|Hollywood Reporter|Al Jazeera|Associated Press=AP
  Agence France-Presse=AFP|Fox News|New York Times|Wall Street Journal|Washington Post|Financial Times|USA Today
  Los Angeles Times|The Guardian|The Economist|The Verge|The Intercept|Daily Mail|Der Spiegel|Le Monde|Greenpeace
  Oxfam|Amnesty International|Hamas|Hezbollah|Taliban|Kremlin|Pentagon|WHO|Scotland Yard|Interpol|Europol|Wikipedia
  WikiLeaks|Ernst & Young|PwC|Procter & Gamble=P&G|Johnson & Johnson=J&J|Marks & Spencer|Ben & Jerry's|Dow Jones
  Estée Lauder|Louis Vuitton|LVMH|Labour Party=Labour=New Labour
  Conservative Party=Conservatives=Conservative=Tories=Tory|Liberal Democrats=Lib Dems=Lib Dem=Liberal Democrat
  Scottish National Party=SNP|Plaid Cymru|Sinn Fein|Democratic Unionist Party=DUP|UKIP|Democratic Party=Democrats
  Republican Party=Republicans=GOP|Chelsea|Arsenal|Everton|Tottenham Hotspur=Tottenham=Spurs|Manchester United
  Manchester City|Real Madrid|Atletico Madrid|Athletic Bilbao|Juventus|Inter Milan|AC Milan|Bayern Munich
  Borussia Dortmund|Paris Saint-Germain|Ajax|Benfica|Celtic|New England Patriots|Dallas Cowboys|Green Bay Packers
  New York Yankees|Boston Red Sox|Los Angeles Lakers|Oklahoma City Thunder=Thunder|Miami Heat=Heat|Orlando Magic=Magic
  Utah Jazz=Jazz|Minnesota Wild=Wild|Tampa Bay Lightning=Lightning|Colorado Avalanche=Avalanche|Seattle Kraken=Kraken
  Chicago Fire=Fire
`;

/**
 * Known names that take "the" as part of how the news writes them ("the Kremlin", "the Taliban", "the Pentagon"),
 * teams' nicknames among them ("the Thunder").
 */
const WITH_ARTICLE = new Set(
  `kremlin taliban pentagon guardian economist verge intercept
   thunder heat magic jazz wild lightning avalanche kraken fire`.split(/\s+/),
);

let known: ReadonlyMap<string, string> | undefined;

/** Every form of every known organisation, normalised, to the first form of its entry ("vw" → "volkswagen"). */
function knownOrganizations(): ReadonlyMap<string, string> {
  if (known) return known;
  const forms = new Map<string, string>();
  for (const entry of KNOWN_ORGANIZATIONS.trim().split(/\s*[|\n]\s*/)) {
    const names = entry.split('=').flatMap((name) => [name, name.replace(/^The /, '')]).map((name) => normalizeForMatching(name));
    for (const name of names) forms.set(name, names[0]!);
  }
  known = forms;
  return known;
}

/** An organisation the news names bare ("Uber", "Goldman Sachs"), as the words of a name are written. */
export function isKnownOrganization(name: string): boolean {
  return knownOrganizationEntry(normalizeForMatching(name)) !== undefined;
}

/**
 * The entry a name already normalised with `normalizeForMatching` belongs to, as its first form: "vw" and
 * "volkswagen" are both "volkswagen". Two forms of one organisation have the same entry.
 */
export function knownOrganizationEntry(normalizedName: string): string | undefined {
  return knownOrganizations().get(normalizedName);
}

/** Whether "the" before this known name belongs to it ("the Kremlin") rather than to something else ("the Amazon"). */
export function takesArticle(name: string): boolean {
  return WITH_ARTICLE.has(normalizeForMatching(name).replace(/^the /, ''));
}
