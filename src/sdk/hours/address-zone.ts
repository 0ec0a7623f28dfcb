import type { Address } from '../model.js';

// Most feeds give schedules no time zone; read in the visitor's zone, a New York clinic's "9–5" would be
// wrong for a visitor in California. A place's region says its zone well enough: where a state or province
// spans two zones, the zone most of its people live in.
const US_STATES: Record<string, [name: string, zone: string]> = {
  AL: ['alabama', 'America/Chicago'], AK: ['alaska', 'America/Anchorage'], AZ: ['arizona', 'America/Phoenix'],
  AR: ['arkansas', 'America/Chicago'], CA: ['california', 'America/Los_Angeles'], CO: ['colorado', 'America/Denver'],
  CT: ['connecticut', 'America/New_York'], DE: ['delaware', 'America/New_York'], DC: ['district of columbia', 'America/New_York'],
  FL: ['florida', 'America/New_York'], GA: ['georgia', 'America/New_York'], HI: ['hawaii', 'Pacific/Honolulu'],
  ID: ['idaho', 'America/Boise'], IL: ['illinois', 'America/Chicago'], IN: ['indiana', 'America/Indiana/Indianapolis'],
  IA: ['iowa', 'America/Chicago'], KS: ['kansas', 'America/Chicago'], KY: ['kentucky', 'America/New_York'],
  LA: ['louisiana', 'America/Chicago'], ME: ['maine', 'America/New_York'], MD: ['maryland', 'America/New_York'],
  MA: ['massachusetts', 'America/New_York'], MI: ['michigan', 'America/Detroit'], MN: ['minnesota', 'America/Chicago'],
  MS: ['mississippi', 'America/Chicago'], MO: ['missouri', 'America/Chicago'], MT: ['montana', 'America/Denver'],
  NE: ['nebraska', 'America/Chicago'], NV: ['nevada', 'America/Los_Angeles'], NH: ['new hampshire', 'America/New_York'],
  NJ: ['new jersey', 'America/New_York'], NM: ['new mexico', 'America/Denver'], NY: ['new york', 'America/New_York'],
  NC: ['north carolina', 'America/New_York'], ND: ['north dakota', 'America/Chicago'], OH: ['ohio', 'America/New_York'],
  OK: ['oklahoma', 'America/Chicago'], OR: ['oregon', 'America/Los_Angeles'], PA: ['pennsylvania', 'America/New_York'],
  RI: ['rhode island', 'America/New_York'], SC: ['south carolina', 'America/New_York'], SD: ['south dakota', 'America/Chicago'],
  TN: ['tennessee', 'America/Chicago'], TX: ['texas', 'America/Chicago'], UT: ['utah', 'America/Denver'],
  VT: ['vermont', 'America/New_York'], VA: ['virginia', 'America/New_York'], WA: ['washington', 'America/Los_Angeles'],
  WV: ['west virginia', 'America/New_York'], WI: ['wisconsin', 'America/Chicago'], WY: ['wyoming', 'America/Denver'],
  PR: ['puerto rico', 'America/Puerto_Rico'], GU: ['guam', 'Pacific/Guam'], VI: ['virgin islands', 'America/St_Thomas'],
};

const CA_PROVINCES: Record<string, [name: string, zone: string]> = {
  AB: ['alberta', 'America/Edmonton'], BC: ['british columbia', 'America/Vancouver'], MB: ['manitoba', 'America/Winnipeg'],
  NB: ['new brunswick', 'America/Moncton'], NL: ['newfoundland and labrador', 'America/St_Johns'], NS: ['nova scotia', 'America/Halifax'],
  NT: ['northwest territories', 'America/Yellowknife'], NU: ['nunavut', 'America/Iqaluit'], ON: ['ontario', 'America/Toronto'],
  PE: ['prince edward island', 'America/Halifax'], QC: ['quebec', 'America/Toronto'], SK: ['saskatchewan', 'America/Regina'],
  YT: ['yukon', 'America/Whitehorse'],
};

const AU_STATES: Record<string, [name: string, zone: string]> = {
  ACT: ['australian capital territory', 'Australia/Sydney'], NSW: ['new south wales', 'Australia/Sydney'],
  NT: ['northern territory', 'Australia/Darwin'], QLD: ['queensland', 'Australia/Brisbane'], SA: ['south australia', 'Australia/Adelaide'],
  TAS: ['tasmania', 'Australia/Hobart'], VIC: ['victoria', 'Australia/Melbourne'], WA: ['western australia', 'Australia/Perth'],
};

/** Countries with one zone (for their mainland), by ISO code and common names. */
const ONE_ZONE_COUNTRIES: Record<string, string> = {
  GB: 'Europe/London', UK: 'Europe/London', 'UNITED KINGDOM': 'Europe/London', ENGLAND: 'Europe/London', SCOTLAND: 'Europe/London',
  WALES: 'Europe/London', IE: 'Europe/Dublin', IRELAND: 'Europe/Dublin', NZ: 'Pacific/Auckland', 'NEW ZEALAND': 'Pacific/Auckland',
};

const COUNTRY_ALIASES: Record<string, 'US' | 'CA' | 'AU'> = {
  US: 'US', USA: 'US', 'UNITED STATES': 'US', 'UNITED STATES OF AMERICA': 'US',
  CA: 'CA', CANADA: 'CA', AU: 'AU', AUSTRALIA: 'AU',
};

const REGIONS = { US: US_STATES, CA: CA_PROVINCES, AU: AU_STATES };

function regionZone(regions: Record<string, [string, string]>, region: string): string | undefined {
  const key = region.toUpperCase().replace(/\./g, '');
  if (regions[key]) return regions[key][1];
  const name = region.toLowerCase();
  return Object.values(regions).find(([fullName]) => fullName === name)?.[1];
}

/**
 * The IANA zone of a place from its address's country and state or province, when that settles it; an
 * address with a region and no country is read as a US one (most HSDS feeds are American).
 */
export function addressTimeZone(address: Address | undefined): string | undefined {
  if (!address) return undefined;
  const country = address.country?.trim().toUpperCase();
  if (country && ONE_ZONE_COUNTRIES[country]) return ONE_ZONE_COUNTRIES[country];
  const system = country ? COUNTRY_ALIASES[country] : 'US';
  const region = address.region?.trim();
  return system && region ? regionZone(REGIONS[system], region) : undefined;
}
