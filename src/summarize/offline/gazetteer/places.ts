import { cityMapping } from 'city-timezones';
import { normalizeForMatching } from '../../grounding';
import { isGivenName } from './givenNames';

/** Towns this small whose name starts like a person's ("Mary Esther") are left out: the person is likelier. */
const SMALL_TOWN = 100_000;

/** The planets and best-known moons: science news names them as it names places. */
const SOLAR_SYSTEM = 'Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto Ceres Moon Europa Io Ganymede Callisto Titan Enceladus Triton Charon Phobos Deimos';

/** Continents, oceans and the regions the news names like them ("Asia-Pacific", "across Europe"). */
const REGIONS = [
  'Africa', 'Asia', 'Europe', 'Oceania', 'Antarctica', 'Arctic', 'Pacific', 'Atlantic', 'Caribbean', 'Scandinavia', 'Balkans',
  'Middle East', 'Latin America', 'North America', 'South America', 'Central America', 'Southeast Asia', 'East Asia', 'Sub-Saharan Africa',
];

let places: ReadonlySet<string> | undefined;

/**
 * Cities, states and provinces of the world from `city-timezones` (Natural Earth populated places, about 7,300
 * cities and 2,500 first-level regions), continents and oceans, and the planets and major moons, as normalised names,
 * collected on first use.
 */
function knownPlaces(): ReadonlySet<string> {
  if (places) return places;
  const names = new Set<string>();
  for (const entry of cityMapping) {
    for (const name of [entry.city, entry.city_ascii]) {
      const words = name.split(/\s+/);
      if (words.length >= 2 && entry.pop < SMALL_TOWN && isGivenName(words[0]!)) continue;
      names.add(normalizeForMatching(name));
    }
    if (entry.province) names.add(normalizeForMatching(entry.province));
  }
  for (const body of SOLAR_SYSTEM.split(' ')) names.add(normalizeForMatching(body));
  for (const region of REGIONS) names.add(normalizeForMatching(region));
  places = names;
  return places;
}

/** A city, state, province or region the gazetteer knows ("Sacramento", "Abu Dhabi", "Asia"); countries are not asked. */
export function isKnownPlace(name: string): boolean {
  return knownPlaces().has(normalizeForMatching(name));
}
