/** The travel module's code lists and Danish labels, from their one source (the server's travel.codes.ts). */
export * from '../../../server/modules/travel/travel.codes';
export { COUNTRIES_BY_NAME, COUNTRY_NAMES_DA, countryName, type CountryCode } from '../../../server/modules/travel/travel.countries';
