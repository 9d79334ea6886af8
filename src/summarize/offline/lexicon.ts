/**
 * Word lists the party extractor reasons with. Each list names a kind of evidence, never an individual entity:
 * the extractor must generalise to articles it has never seen.
 */
const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

export const HONORIFICS = words('mr mrs ms miss mx dr prof sir dame lord lady rev fr messrs hon rt');
/** A generation written after a surname ("Jr.", "III"), with its period taken off. */
export const GENERATIONS = words('jr sr ii iii iv');

/** Nouns that head a person's role, capitalised in a title ("Energy Minister") or not ("the club's manager"). */
export const ROLE_HEADS = words(`
  president president-elect vice-president minister premier chancellor secretary secretary-general undersecretary
  head chief justice judge magistrate governor senator congressman congresswoman congressperson representative
  lawmaker legislator mp mayor ambassador envoy commissioner director director-general chairman chairwoman chair
  chairperson ceo cfo coo cto founder co-founder owner manager coach captain spokesman spokeswoman spokesperson
  king queen prince princess emperor pope archbishop bishop cardinal sheikh emir general admiral colonel commander
  lieutenant sergeant officer inspector detective superintendent prosecutor attorney lawyer solicitor barrister
  counsel agent analyst economist striker forward midfielder defender goalkeeper keeper winger fullback quarterback
  pitcher catcher linebacker receiver player executive leader official adviser advisor aide professor researcher
  scientist author writer editor reporter journalist correspondent columnist actor actress singer rapper musician
  artist chef designer architect engineer speaker strategist consultant investor banker trader entrepreneur
  billionaire businessman businesswoman treasurer dean principal teacher doctor surgeon physician nurse pilot driver
  referee umpire candidate nominee activist campaigner organiser organizer negotiator diplomat ruler monarch
  auditor historian expert specialist boss teammate champion sprinter boxer golfer cyclist swimmer batsman bowler
  jockey trainer pastor priest imam rabbi cleric ayatollah resident witness victim suspect defendant plaintiff
  widow mother father wife husband son daughter brother sister girlfriend boyfriend fiance fiancee uncle aunt
  cousin nephew niece grandson granddaughter friend colleague neighbour neighbor student employee worker staffer
  volunteer member soldier trooper constable sheriff deputy marshal warden firefighter paramedic commissioner
  protester demonstrator deportee migrant refugee survivor passenger mourner bystander eyewitness commuter pilgrim
  tourist hostage
  economist presenter host anchor producer novelist poet photographer director-general inventor creator filmmaker
  shareholder partner associate fellow substitute administrator controller supervisor coordinator representative delegate insider
  rep sen gov gen lt col sgt capt cmdr adm supt det insp amb vp svp evp
  center centre tackle rusher cornerback defenseman goaltender goalie shortstop outfielder infielder halfback
  flanker wicketkeeper back dl dt lb cb db qb wr rb te ol ot og dj advocate ombudsman
  airman seaman corporal superior
`);

/**
 * Positions abbreviated in a sports roster ("Browns DL Myles Garrett"): roles only when written in capitals, since
 * "Te", "Ol" or "Og" open names too ("Te Kaurinui Parata").
 */
export const POSITION_ABBREVIATIONS = words('dl dt lb cb db qb wr rb te ol ot og');

/** A role head, also inside a hyphenated compound ("editor-in-chief", "co-founder"). */
export function isRoleWord(lower: string): boolean {
  // "film-maker" is a "filmmaker".
  return ROLE_HEADS.has(lower) || PROFESSION_ENDING.test(lower) || (lower.includes('-') && (lower.split('-').some((part) => ROLE_HEADS.has(part)) || ROLE_HEADS.has(lower.replace(/-/g, ''))));
}

/** Professions by their ending: "immunologist", "pediatrician", "photographer". */
const PROFESSION_ENDING = /^[a-z]{3,}(?:ologist|ician|ographer)$/;

/** An organisation word, also inside a hyphenated compound ("Post-Gazette"). */
export function isOrgWord(lower: string): boolean {
  return ORG_WORDS.has(lower) || (lower.includes('-') && lower.split('-').some((part) => ORG_WORDS.has(part)));
}

/** Words that sit before a role head inside a title but are not part of a name ("Deputy Prime Minister"). */
export const ROLE_MODIFIERS = words(`
  deputy vice prime acting interim former first second chief senior junior assistant associate executive general ranking
  managing foreign finance interior defense defence energy health justice economy economic trade industry
  agriculture education transport infrastructure environment labour labor culture sports sport digital national
  state federal regional local head team club sporting technical commercial financial operating legal opposition
  republican democratic democrat independent liberal conservative press communications marketing medical research
  policy project product program programme brand account sales creative art design operations crown
`);

/** Capitalised words that make a name an organisation, wherever they sit in it. */
export const ORG_WORDS = words(`
  ministry ministries department agency authority house customs protection laboratory lab commission committee council court tribunal cabinet parliament
  senate congress assembly administration office bureau board service services police army navy forces guard
  bank fund reserve exchange group company co corporation corp inc incorporated ltd limited llc llp plc ag sa nv
  gmbh spa ab asa holdings holding partners capital ventures securities investments associates advocates
  solicitors chambers consulting consultants management logistics maritime shipping airlines airways motors
  automotive industries manufacturing systems technologies technology labs laboratories pharmaceuticals pharma
  therapeutics biosciences oil petroleum mining minerals resources metals steel telecom telecommunications
  communications media news network networks broadcasting television radio press times post journal herald
  tribune gazette telegraph magazine studios pictures records entertainment software foods beverages brewery
  stores insurance assurance financial trust credit realty properties construction engineering electric infirmary
  electronics semiconductor chemicals healthcare hospital clinic university college institute institution school
  academy foundation association federation confederation union league society club fc cf afc athletic athletics
  rovers wanderers albion united hotspur sporting nations forum airline pd gazette embassy consulate productions party movement front alliance coalition organization organisation centre
  center church mission secretariat directorate inspectorate regulator watch international initiative project
  campaign caucus cartel syndicate brigade battalion regiment militia taliban junta team force squad command shelter
  orchestra museum centers centres institutes laboratories lines gas power utilities robotics aerospace interactive
  pharmaceutical stockbrokers brokers brokerage water equities cinema films
  dynamics solutions instruments enterprises brothers
`);

/** Capitalised last words that make a name a place or a facility, not an actor. */
export const PLACE_WORDS = words(`
  river lake sea ocean gulf bay strait island islands peninsula mountain mountains mount hill hills valley desert
  forest park province region county district territory territories oblast prefecture governorate street avenue
  road boulevard square bridge tunnel airport station port harbor harbour plant dam mine field stadium arena
  palace castle tower building hall cathedral mosque temple hotel resort beach coast border crossing canal camp
  plaza mall basin delta falls glacier volcano reef canyon heights corridor highway route republic peninsula
  avenue quarter village town city area room pavilion amphitheater amphitheatre theater theatre place drive terrace
  facility
`);

/** Lower-case nouns that, just before a name, say it is an organisation ("shipping group Halvorsen Maritime"). */
export const ORG_DESCRIPTORS = words(`
  company companies firm group operator maker manufacturer carmaker automaker chipmaker drugmaker retailer bank
  lender insurer carrier airline brand startup start-up agency regulator watchdog party club team league
  association union university newspaper daily broadcaster network outlet publication magazine journal website channel
  charity organization organisation foundation institute fund conglomerate giant rival supplier platform service
  exchange body authority council committee commission coalition alliance movement label studio publisher chain
  champions miner producer developer subsidiary unit affiliate consortium outfit franchise ministry court
  government department office firms rivals clubs teams banks insurers lenders shipper shippers contractor contractors
`);

/** An organisation descriptor, also as the last part of a compound ("vehicle-maker", "ride-hailing company"). */
export function isOrgDescriptor(lower: string): boolean {
  return ORG_DESCRIPTORS.has(lower) || (lower.includes('-') && ORG_DESCRIPTORS.has(lower.slice(lower.lastIndexOf('-') + 1)));
}

/** Lower-case nouns that, just after a name, say it is a place, a facility or an event ("Limpopo province"). */
export const PLACE_OR_EVENT_NOUNS = words(`
  river lake sea province region state county district city town village municipality area neighborhood
  neighbourhood suburb border borders valley mountains island islands coast port airport station plant plants dam
  mine field oilfield refinery terminal terminals depot stadium arena factory facility complex campus conflict war
  crisis summit corridor highway road street bridge base camp prison pipeline project qualifiers qualifier
  tournament championship final season match game race festival election elections referendum attack bombing
  earthquake hurricane storm flood floods fire wildfire pandemic outbreak massacre protests protest uprising
  revolution era period line palace residence
  headquarters building hotel compound
`);

/** Lower-case nouns after a name that make it a craft or a device, never a person ("the Galileo Jupiter probe"). */
export const CRAFT_NOUNS = words(`
  probe spacecraft satellite rover lander orbiter telescope rocket capsule ship vessel schooner submarine aircraft
  drone smartphone laptop console
`);

/** Nouns after a country or demonym that make the country an actor ("the Iranian side", "Polish government"). */
export const STATE_ACTOR_NOUNS = words(`
  government governments side authorities officials official leaders leader president minister ministers ministry
  ministries prosecutors prosecutor police army military forces troops navy delegation embassy diplomats envoy
  parliament lawmakers regulators regulator state company companies firm firms bank banks court courts
  counterpart counterparts team squad coach players federation side's cabinet administration intelligence
  security investigators negotiators representatives offer bid proposal
`);

/** Verbs of saying, for attribution ("Lopes told", "said Jane Doe"). */
export const SPEECH_VERBS = words(`
  said says say told tells added adds wrote writes stated states announced announces reported reports confirmed
  confirms noted notes explained explains argued argues warned warns claimed claims insisted insists acknowledged
  admitted denied denies declined responded replied countered testified tweeted posted urged estimated predicted
  suggested recalled commented remarked concluded emphasized emphasised stressed agreed disagreed believes
  believed thinks thought criticised criticized welcomed praised accused
`);

/** Prepositions after which a bare name is most often a place ("in Nairobi", "near Hamburg"). */
export const LOCATIVE_PREPOSITIONS = words('in near at from into across outside inside throughout around toward towards off along beyond within');

/** Lower-case words that may join capitalised words inside one name ("Vale do Sol", "Pieter van Aalst"). */
export const NAME_PARTICLES = words('de da do dos das del della di du van von der den ter la le al bin ibn y');

/** Capitalised words that are never names on their own. */
export const NON_NAME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec i i'm i've i'd i'll ok
  mon tue wed thu fri sat sun others another some many most several both few each none almost nearly roughly around
  approximately
`);

/** All-caps words that are not organisations. */
export const NON_ORG_ACRONYMS = words(`
  CEO CFO COO CTO CIO CMO GDP AI TV IPO CPI EV EVS DNA RNA HIV AIDS COVID SARS PHD MBA OK LGBT LGBTQ AM PM GMT ET
  PT EST EDT PST PDT CET UTC USD EUR GBP JPY CNY MP MPS MVP VAT ATM PC GPS SUV SUVS CD DVD USB LED LCD API NFT FAQ
  PDF ID IQ RIP VIP DJ UFO HQ PR QB RB WR TE BC AD CE BCE II III IV VI VII VIII IX XI XII CCTV LNG LPG ESG
  AGM KM KG MPH CO2 GHZ MB GB TB IT HR TBD ASAP FYI NB PS ICU ER PPE PCR STEM IVF ADHD PTSD OCD ID CEOS FM AM
  IG CT MRI ECG EKG GW MW KW KWH MWH GWH TWH PV DOI ISBN URL ISP ISPS NGO NGOS
  CPU CPUS GPU GPUS RAM ROM SSD HDD HDMI HDR IR OS UI UX VR AR XR LTE NFC OLED QLED RGB SDK SOC FPS RPM PSI GDDR
  RELATED UPDATE UPDATED BREAKING EXCLUSIVE WATCH READ LIVE VIDEO VIDEOS PHOTO PHOTOS OPINION ANALYSIS MORE NOTE
  ADVERTISEMENT SPONSORED FILE CLOSE MENU SHARE SUBSCRIBE TRENDING PREMIUM FREE NEW SALE DEAL DEALS Q&A R&D M&A
  HTML CSS SSL TLS DNS TCP UDP HTTP HTTPS JSON XML YAML SQL GUI IDE VPN SMS QR RFID FPGA SRAM DRAM GPIO MCU ADC DAC
  PCB LUT RTL HDL ABI POSIX WIFI P2P
  AWD FWD RWD 4WD HVAC GT GTI GTS MPG MPGE KPH BHP HP EV EP LP HD UHD 4K
  TD TDS INT INTS PBU FF FR TFL QH YDS ATT COMP REC ERA RBI RBIS OPS PTS REB AST STL BLK FG FGA FT FTA POS EBITDA
`);

/** Degrees and honours written after a person's name and a comma ("Katie Allen, MD, PhD"): letters, not names. */
export const POST_NOMINALS = words(`
  md phd dphil mph msc bsc ba ma mba jd llm dds dmd dvm rn np pharmd psyd edd facs facp frcp frcs mrcp obe mbe cbe
  kbe esq cpa
`);

/** Plural nouns for people that own a word inside institutions' names ("Children's Hospital", "People's Party"). */
export const PEOPLE_PLURALS = words('children women men people');

/** Imperatives that open a sentence to present a name ("Enter Lugg, Instacart …", "Meet Jane Doe", "Consider Apple"). */
export const PRESENTING_VERBS = words('enter meet consider imagine take remember forget thank ask');

/** Capitalised words that open clauses without being names. */
export const FUNCTION_WORDS = new Set(
  (
    'the a an this that these those his her its their our my your he she it they we i you there here but and or so ' +
    'yet nor in on at for with as after before when while if however meanwhile some many most all both one no not ' +
    'what who whom whose why how where which according under since although though still also earlier later last ' +
    'next then during despite from by to of into about among until unless because once other another each every ' +
    'such is are was were be been will would can could should may might must has have had do does did now today ' +
    'yesterday tomorrow instead indeed even just only more less several few any none nothing something everyone ' +
    'people analysts officials experts critics shares prices sources police residents investors fans users ' +
    'overall again already asked like unlike over across against through via per please thanks yes'
  ).split(' '),
);

/** Last words of newspapers' and outlets' names ("Washington Post", "Houston Chronicle", "Daily Mail"). */
export const NEWSPAPER_WORDS = words(`
  post times journal herald tribune gazette chronicle telegraph observer guardian mail daily news courier inquirer
  examiner bulletin dispatch sentinel
`);
/** Also last words of outlets' names, but of common things too ("the North Star"): outlets only after a place. */
export const PLACE_NEWSPAPER_WORDS = words('express review standard independent sun star mirror record register');

/** Surnames that are also organisation or place words ("Stuart Hall", "Mark Field"). */
export const SURNAME_LIKE = new Set('hall field park church post hill mills bridge stone wood brook cross banks ford price'.split(' '));
export const CONNECTORS_AFTER_ORG = new Set(['of', 'for', 'on', 'to']);
/** Nouns for a person's job that also name kinds of company ("chip designer Arden Micro"). */
export const AMBIGUOUS_ROLES = new Set('designer developer producer maker operator supplier investor partner publisher owner rival carrier lender manufacturer distributor seller buyer provider holder bidder sponsor miner'.split(' '));
/** Lower-case nouns after a name that make it an organisation ("the Evópoli party", "the Riverside club"). */
export const ORG_TYPE_NOUNS = new Set('party club team company firm group bank agency airline brand newspaper magazine journal broadcaster website network union league association foundation charity fund conglomerate carmaker automaker startup label studio publisher chain franchise retailer insurer lender militia movement coalition alliance'.split(' '));
/** What an organisation has ("Arden's board", "SoftBank shares"). */
export const ORGANIZATION_PARTS = new Set('board shares stock stake headquarters executives employees staff shareholders investors subsidiary unit customers profit revenue sales products spokesperson spokesman spokeswoman'.split(' '));
/** Verbs of sport results before a team ("beat Northgate City"). */
export const MATCH_VERBS = new Set('beat beats beating defeated defeat defeating edged thrashed routed drew draws hosted host hosts against'.split(' '));
/** Role words that are also surnames ("Masayoshi Son"). */
export const KINSHIP = new Set(
  'son daughter brother sister mother father wife husband widow uncle aunt cousin nephew niece friend colleague student classmate teammate victim'.split(' '),
);
/** What is done to a person and not to a company or a place ("was arrested", "police detained …", "was born"). */
export const DONE_TO_PEOPLE = words(`
  arrested born jailed detained kidnapped abducted killed murdered stabbed shot wounded injured hospitalized hospitalised
  sentenced convicted executed hanged deported married buried knighted ordained
`);
/**
 * Roles that only say how a person is related to someone else ("her father", "his friend"): in a list of key parties
 * they tell the reader nothing without the other person, and the sentence often gives them to the wrong one.
 */
export const RELATIONAL_ROLES = words(`
  son daughter brother sister mother father wife husband widow widower uncle aunt cousin nephew niece grandson
  granddaughter grandfather grandmother stepfather stepmother friend girlfriend boyfriend fiance fiancee partner
  colleague teammate classmate neighbour neighbor
`);
/**
 * Last words of names that are laws, prizes, events, vehicles or weapons, not parties ("Subsoil Water Act", "Nobel
 * Prize", "Atlas Cross Sport SUV", "Surface to Air Missile", "the Commonwealth Bank Test").
 */
export const NON_PARTY_HEADS = words(`
  act bill treaty accord amendment law prize award awards medal trophy survey study report plan roadmap strategy
  summit conference festival championship championships tournament olympics expo marathon bowl cup war wars depression
  recession revolution crisis pandemic epidemic suv suvs sedan hatchback coupe wagon pickup concept edition tanker
  aircraft missile missiles drone drones helicopter test tests flight doctorate degree diploma
`);
/** Words no name ends on: a name cut short before its last word ("the Office of the Mayor" → "Office of the"). */
export const DANGLING_ENDINGS = words('of the a an and & for to in on at by from with as that this is are was were');
export const NAME_ENDINGS = new Set('inc ltd corp llc llp plc pd gmbh'.split(' '));
export const COMPASS = new Set('north south east west northern southern eastern western central'.split(' '));
export const AUXILIARIES = new Set('is are was were has had have will would must can could should may might plans wants says said'.split(' '));

/** Participles after which "by X" names an agent that is most often a company or an outlet ("obtained by Variety"). */
export const BY_AGENT_VERBS = new Set('obtained reported published owned acquired bought contacted reviewed released produced operated run backed funded made manufactured developed commissioned'.split(' '));
/** Verbs a company or an outlet does more often than a person ("Reuters reported", "Boeing announced"). */
export const CORPORATE_VERBS = new Set('reported announced acquired unveiled launched manufactures makes sells sold shipped employs hired posted filed listed merged bid invested'.split(' '));
/** Deals whose object is a company ("the acquisition of WhatsApp", "its buyout of Instagram", "a merger with X"). */
export const ACQUISITION_NOUNS = new Set('acquisition acquisitions buyout takeover merger'.split(' '));
/** Verbs whose object is a company ("to acquire Oculus"). */
export const ACQUIRE_VERBS = new Set('acquire acquires acquired acquiring'.split(' '));
/** Verbs that give someone a role ("was named chief executive", "has been appointed acting secretary"). */
export const APPOINTMENT_VERBS = new Set('named appointed elected nominated promoted installed became becomes'.split(' '));
