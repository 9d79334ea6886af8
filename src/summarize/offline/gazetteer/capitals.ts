import { lookupCountry, type CountryForm } from './countries';

/**
 * Capital cities, `Capital:Country` (the country as the gazetteer names it). News names a government by its capital
 * ("Beijing said", "Quito stripped him of asylum"), so a capital that acts stands for its country. Capitals that are
 * also common given names ("Victoria", "Paris") are skipped where they are read.
 */
const CAPITALS = `
Kabul:Afghanistan;Tirana:Albania;Algiers:Algeria;Luanda:Angola;Buenos Aires:Argentina;Yerevan:Armenia;Canberra:Australia;
Vienna:Austria;Baku:Azerbaijan;Nassau:Bahamas;Manama:Bahrain;Dhaka:Bangladesh;Minsk:Belarus;Brussels:Belgium;
Thimphu:Bhutan;La Paz:Bolivia;Sarajevo:Bosnia and Herzegovina;Gaborone:Botswana;Brasilia:Brazil;Brasília:Brazil;
Sofia:Bulgaria;Ouagadougou:Burkina Faso;Phnom Penh:Cambodia;Yaounde:Cameroon;Yaoundé:Cameroon;Ottawa:Canada;
Bangui:Central African Republic;Santiago:Chile;Beijing:China;Bogota:Colombia;Bogotá:Colombia;
Kinshasa:Democratic Republic of the Congo;Brazzaville:Republic of the Congo;San Jose:Costa Rica;Zagreb:Croatia;
Havana:Cuba;Nicosia:Cyprus;Prague:Czech Republic;Copenhagen:Denmark;Santo Domingo:Dominican Republic;Quito:Ecuador;
Cairo:Egypt;San Salvador:El Salvador;Asmara:Eritrea;Tallinn:Estonia;Addis Ababa:Ethiopia;Suva:Fiji;Helsinki:Finland;
Libreville:Gabon;Banjul:Gambia;Tbilisi:Georgia;Berlin:Germany;Accra:Ghana;Athens:Greece;Guatemala City:Guatemala;
Conakry:Guinea;Port-au-Prince:Haiti;Tegucigalpa:Honduras;Budapest:Hungary;Reykjavik:Iceland;New Delhi:India;
Jakarta:Indonesia;Tehran:Iran;Baghdad:Iraq;Dublin:Ireland;Jerusalem:Israel;Rome:Italy;Tokyo:Japan;Amman:Jordan;
Astana:Kazakhstan;Nur-Sultan:Kazakhstan;Nairobi:Kenya;Pristina:Kosovo;Kuwait City:Kuwait;Bishkek:Kyrgyzstan;
Vientiane:Laos;Riga:Latvia;Beirut:Lebanon;Maseru:Lesotho;Monrovia:Liberia;Tripoli:Libya;Vilnius:Lithuania;
Antananarivo:Madagascar;Lilongwe:Malawi;Kuala Lumpur:Malaysia;Bamako:Mali;Valletta:Malta;Nouakchott:Mauritania;
Mexico City:Mexico;Chisinau:Moldova;Ulaanbaatar:Mongolia;Podgorica:Montenegro;Rabat:Morocco;Maputo:Mozambique;
Naypyidaw:Myanmar;Windhoek:Namibia;Kathmandu:Nepal;The Hague:Netherlands;Wellington:New Zealand;Managua:Nicaragua;
Niamey:Niger;Abuja:Nigeria;Pyongyang:North Korea;Skopje:North Macedonia;Oslo:Norway;Muscat:Oman;Islamabad:Pakistan;
Ramallah:Palestine;Panama City:Panama;Asuncion:Paraguay;Asunción:Paraguay;Lima:Peru;Manila:Philippines;
Warsaw:Poland;Lisbon:Portugal;Doha:Qatar;Bucharest:Romania;Moscow:Russia;Kigali:Rwanda;Riyadh:Saudi Arabia;
Dakar:Senegal;Belgrade:Serbia;Freetown:Sierra Leone;Bratislava:Slovakia;Ljubljana:Slovenia;Mogadishu:Somalia;
Pretoria:South Africa;Seoul:South Korea;Juba:South Sudan;Madrid:Spain;Colombo:Sri Lanka;Khartoum:Sudan;
Stockholm:Sweden;Bern:Switzerland;Damascus:Syria;Taipei:Taiwan;Dushanbe:Tajikistan;Dodoma:Tanzania;
Bangkok:Thailand;Dili:Timor-Leste;Lome:Togo;Lomé:Togo;Tunis:Tunisia;Ankara:Turkey;Ashgabat:Turkmenistan;
Kampala:Uganda;Kyiv:Ukraine;Kiev:Ukraine;Abu Dhabi:United Arab Emirates;London:United Kingdom;
Washington:United States;Montevideo:Uruguay;Tashkent:Uzbekistan;Caracas:Venezuela;Hanoi:Vietnam;Sanaa:Yemen;
Lusaka:Zambia;Harare:Zimbabwe;Edinburgh:Scotland;Cardiff:Wales;Belfast:Northern Ireland
`;

let capitals: ReadonlyMap<string, CountryForm> | undefined;

function capitalMap(): ReadonlyMap<string, CountryForm> {
  if (capitals) return capitals;
  const map = new Map<string, CountryForm>();
  for (const pair of CAPITALS.replace(/\s*\n\s*/g, '').split(';')) {
    const [city, country] = pair.split(':');
    const form = country === undefined ? undefined : lookupCountry(country);
    if (city && form) map.set(city.toLowerCase(), form);
  }
  capitals = map;
  return map;
}

/** The country whose capital this is ("Quito" → Ecuador), or undefined. */
export function countryOfCapital(name: string): CountryForm | undefined {
  return capitalMap().get(name.toLowerCase());
}
