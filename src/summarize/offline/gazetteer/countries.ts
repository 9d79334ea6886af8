import { COUNTRY_LINES } from './countryData';

export interface CountryForm {
  country: string;
  /** A name of the country ("Iran", "U.S.") or an adjective/people form ("Iranian", "Britons"). */
  kind: 'name' | 'demonym';
  /** Also a common given name or a US state: needs more evidence before it counts as the country. */
  ambiguous: boolean;
  /** Number of words in the form ("South Africa" → 2). */
  length: number;
}

interface CountryEntry {
  name: string;
  names: string[];
  demonyms: string[];
  ambiguous: boolean;
}

const ENTRIES: CountryEntry[] = COUNTRY_LINES.trim()
  .split('\n')
  .map((line) => {
    const [rawName = '', others = '', demonyms = ''] = line.split('|');
    const ambiguous = rawName.startsWith('?');
    const name = rawName.replace(/^\?/, '');
    const list = (field: string) => field.split(',').map((item) => item.trim()).filter((item) => item.length > 0);
    return { name, names: [name, ...list(others)], demonyms: list(demonyms), ambiguous };
  });

/** Lookup key of a form: all-caps abbreviations keep their case so the pronoun "us" never reads as "US". */
function keyOf(form: string): string {
  const compact = form.replace(/[’]/g, "'");
  return /^(?:[A-Z]\.?){2,5}$/.test(compact) ? compact.replace(/\./g, '') : compact.toLowerCase();
}

const FORMS = new Map<string, CountryForm>();
for (const entry of ENTRIES) {
  const add = (form: string, kind: CountryForm['kind']) =>
    FORMS.set(keyOf(form), { country: entry.name, kind, ambiguous: entry.ambiguous, length: form.split(/\s+/).length });
  entry.demonyms.forEach((form) => add(form, 'demonym'));
  entry.names.forEach((form) => add(form, 'name'));
}

export const MAX_COUNTRY_FORM_WORDS = Math.max(...[...FORMS.values()].map((form) => form.length));

/** The country a phrase names, as written in the text (case matters only for abbreviations like "US"). */
export function lookupCountry(phrase: string): CountryForm | undefined {
  if (!/^\p{Lu}/u.test(phrase)) return undefined;
  return FORMS.get(keyOf(phrase));
}

/** Every way the gazetteer knows to write a country: names first, then demonyms ("Iran", …, "Iranian", "Iranians"). */
export function countryForms(country: string): string[] {
  const entry = ENTRIES.find((candidate) => candidate.name === country || candidate.names.includes(country));
  return entry ? [...entry.names, ...entry.demonyms] : [country];
}

/** Short forms that are not how a summary should name a country ("US", "U.K."). */
export function isAbbreviatedCountryName(form: string): boolean {
  return /^(?:[A-Z]\.?){2,5}$/.test(form);
}
