/**
 * Countries (and the four UK nations, which news treats as countries in sport and politics), one per line:
 * `canonical name | other names | demonyms`. Other names and demonyms are comma-separated; the canonical name is
 * the one English-language news uses most. A leading `?` marks a name that is also a common given name or a US
 * state ("Georgia", "Jordan", "Chad"): the extractor demands more evidence before calling it a country.
 *
 * Written for this project from general knowledge; demonyms that name more than one country ("Korean",
 * "Guinean") are left out on purpose.
 */
export const COUNTRY_LINES = `
Afghanistan||Afghan,Afghans
Albania||Albanian,Albanians
Algeria||Algerian,Algerians
Andorra||Andorran
Angola||Angolan,Angolans
Antigua and Barbuda||Antiguan
Argentina||Argentine,Argentinian,Argentines,Argentinians
Armenia||Armenian,Armenians
Australia||Australian,Australians
Austria||Austrian,Austrians
Azerbaijan||Azerbaijani,Azerbaijanis,Azeri,Azeris
Bahamas|The Bahamas|Bahamian
Bahrain||Bahraini,Bahrainis
Bangladesh||Bangladeshi,Bangladeshis
Barbados||Barbadian
Belarus||Belarusian,Belarusians
Belgium||Belgian,Belgians
Belize||Belizean
Benin||Beninese
Bhutan||Bhutanese
Bolivia||Bolivian,Bolivians
Bosnia and Herzegovina|Bosnia|Bosnian,Bosnians
Botswana||Botswanan
Brazil||Brazilian,Brazilians
Brunei||Bruneian
Bulgaria||Bulgarian,Bulgarians
Burkina Faso||Burkinabe
Burundi||Burundian
Cambodia||Cambodian,Cambodians
Cameroon||Cameroonian,Cameroonians
Canada||Canadian,Canadians
Cape Verde|Cabo Verde|Cape Verdean
Central African Republic||
Chile||Chilean,Chileans
China|People's Republic of China,PRC|Chinese
Colombia||Colombian,Colombians
Comoros||Comorian
Democratic Republic of the Congo|Democratic Republic of Congo,DR Congo,DRC|Congolese
Republic of the Congo|Congo-Brazzaville|
Costa Rica||Costa Rican,Costa Ricans
Croatia||Croatian,Croatians,Croat,Croats
Cuba||Cuban,Cubans
Cyprus||Cypriot,Cypriots
Czech Republic|Czechia|Czech,Czechs
Denmark||Danish,Dane,Danes
Djibouti||Djiboutian
Dominican Republic||Dominican,Dominicans
Ecuador||Ecuadorian,Ecuadorians
Egypt||Egyptian,Egyptians
El Salvador||Salvadoran,Salvadorans
Equatorial Guinea||Equatorial Guinean
Eritrea||Eritrean,Eritreans
Estonia||Estonian,Estonians
Eswatini|Swaziland|Swazi
Ethiopia||Ethiopian,Ethiopians
Fiji||Fijian,Fijians
Finland||Finnish,Finn,Finns
France||French
Gabon||Gabonese
Gambia|The Gambia|Gambian
?Georgia||Georgian,Georgians
Germany||German,Germans
Ghana||Ghanaian,Ghanaians
Greece||Greek,Greeks
Grenada||Grenadian
Guatemala||Guatemalan,Guatemalans
Guinea||
Guinea-Bissau||
Guyana||Guyanese
Haiti||Haitian,Haitians
Honduras||Honduran,Hondurans
Hungary||Hungarian,Hungarians
Iceland||Icelandic,Icelander,Icelanders
India||Indian,Indians
Indonesia||Indonesian,Indonesians
Iran|Islamic Republic of Iran|Iranian,Iranians
Iraq||Iraqi,Iraqis
Ireland|Republic of Ireland|Irish
Israel||Israeli,Israelis
Italy||Italian,Italians
Ivory Coast|Côte d'Ivoire,Cote d'Ivoire|Ivorian,Ivorians
Jamaica||Jamaican,Jamaicans
Japan||Japanese
?Jordan||Jordanian,Jordanians
Kazakhstan||Kazakh,Kazakhs,Kazakhstani
Kenya||Kenyan,Kenyans
Kiribati||
Kosovo||Kosovar,Kosovars
Kuwait||Kuwaiti,Kuwaitis
Kyrgyzstan||Kyrgyz
Laos||Lao,Laotian
Latvia||Latvian,Latvians
Lebanon||Lebanese
Lesotho||Basotho
Liberia||Liberian,Liberians
Libya||Libyan,Libyans
Liechtenstein||
Lithuania||Lithuanian,Lithuanians
Luxembourg||Luxembourgish
Madagascar||Malagasy
Malawi||Malawian,Malawians
Malaysia||Malaysian,Malaysians
Maldives||Maldivian
Mali||Malian,Malians
Malta||Maltese
Marshall Islands||
Mauritania||Mauritanian,Mauritanians
Mauritius||Mauritian
Mexico||Mexican,Mexicans
Micronesia||Micronesian
Moldova||Moldovan,Moldovans
Monaco||Monegasque
Mongolia||Mongolian,Mongolians
Montenegro||Montenegrin
Morocco||Moroccan,Moroccans
Mozambique||Mozambican,Mozambicans
Myanmar|Burma|Myanmarese,Burmese
Namibia||Namibian,Namibians
Nauru||
Nepal||Nepali,Nepalese
Netherlands|The Netherlands,Holland|Dutch
New Zealand||New Zealander,New Zealanders
Nicaragua||Nicaraguan,Nicaraguans
Niger||Nigerien
Nigeria||Nigerian,Nigerians
North Korea|DPRK,Democratic People's Republic of Korea|North Korean,North Koreans
North Macedonia|Macedonia|Macedonian
Norway||Norwegian,Norwegians
Oman||Omani,Omanis
Pakistan||Pakistani,Pakistanis
Palau||
Palestine|Palestinian territories|Palestinian,Palestinians
Panama||Panamanian,Panamanians
Papua New Guinea||Papua New Guinean
Paraguay||Paraguayan,Paraguayans
Peru||Peruvian,Peruvians
Philippines|The Philippines|Filipino,Filipinos,Philippine
Poland||Polish,Pole,Poles
Portugal||Portuguese
Qatar||Qatari,Qataris
Romania||Romanian,Romanians
Russia|Russian Federation|Russian,Russians
Rwanda||Rwandan,Rwandans
Saint Lucia||
Samoa||Samoan
San Marino||
Saudi Arabia||Saudi,Saudis
Senegal||Senegalese
Serbia||Serbian,Serbians,Serb,Serbs
Seychelles||
Sierra Leone||Sierra Leonean
Singapore||Singaporean,Singaporeans
Slovakia||Slovak,Slovaks,Slovakian
Slovenia||Slovenian,Slovene,Slovenians
Solomon Islands||
Somalia||Somali,Somalis
South Africa||South African,South Africans
South Korea|Republic of Korea|South Korean,South Koreans
South Sudan||South Sudanese
Spain||Spanish,Spaniard,Spaniards
Sri Lanka||Sri Lankan,Sri Lankans
Sudan||Sudanese
Suriname||Surinamese
Sweden||Swedish,Swede,Swedes
Switzerland||Swiss
Syria||Syrian,Syrians
Taiwan||Taiwanese
Tajikistan||Tajik,Tajiks
Tanzania||Tanzanian,Tanzanians
Thailand||Thai,Thais
Timor-Leste|East Timor|Timorese
Togo||Togolese
Tonga||Tongan
Trinidad and Tobago||Trinidadian
Tunisia||Tunisian,Tunisians
Turkey|Türkiye,Turkiye|Turkish,Turk,Turks
Turkmenistan||Turkmen
Tuvalu||
Uganda||Ugandan,Ugandans
Ukraine||Ukrainian,Ukrainians
United Arab Emirates|UAE,U.A.E.|Emirati,Emiratis
United Kingdom|UK,U.K.,Britain,Great Britain|British,Briton,Britons
United States|US,U.S.,USA,U.S.A.,United States of America,America|American,Americans
Uruguay||Uruguayan,Uruguayans
Uzbekistan||Uzbek,Uzbeks
Vanuatu||
Vatican|Holy See,Vatican City|
Venezuela||Venezuelan,Venezuelans
Vietnam|Viet Nam|Vietnamese
Yemen||Yemeni,Yemenis
Zambia||Zambian,Zambians
Zimbabwe||Zimbabwean,Zimbabweans
England||English
Scotland||Scottish,Scot,Scots
Wales||Welsh
Northern Ireland||Northern Irish
`;
