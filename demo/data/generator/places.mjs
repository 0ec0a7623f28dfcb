// Fictional Cedar Valley County, Oregon: towns, ZIPs, sites (shared locations) and location builders.
import { createRng, makeId } from './random.mjs';
import { schedules, HOURS } from './schedules.mjs';
import { phones } from './phones.mjs';
import { languages } from './languages.mjs';

export const COUNTY = 'Cedar Valley County';
export const STATE = 'OR';
export const COUNTRY = 'US';
export const BOX = { latMin: 44.9, latMax: 45.3, lonMin: -123.3, lonMax: -122.7 };

// key: [name, zips, lat, lon, transit]
export const TOWNS = {
  mb: ['Millbrook', ['97310', '97311', '97312'], 45.105, -123.01, 'Cedar Valley Transit route 4'],
  rv: ['Riverton', ['97325', '97326'], 45.215, -122.86, 'Cedar Valley Transit route 7'],
  fw: ['Fernwood', ['97338'], 44.985, -123.17, 'Cedar Valley Transit route 12'],
  as: ['Ashford', ['97342', '97343'], 45.03, -122.79, 'Cedar Valley Transit route 9'],
  ph: ['Pine Hollow', ['97358'], 45.245, -123.205, null],
};
export const townName = (t) => TOWNS[t][0];

const ACCESS = {
  w: 'Step-free main entrance with automatic door.',
  e: 'Elevator to all floors.',
  r: 'Ramp at the side entrance by the parking lot.',
  h: 'Hearing loop in the main meeting room.',
  p: 'Accessible parking spaces next to the entrance.',
  b: 'Accessible, all-gender restroom on the ground floor.',
  s: 'Meeting room is up one flight of stairs with no elevator; call ahead to arrange a ground-floor room.',
  g: 'Service animals welcome.',
};

// [key, town, name, address_1, address_2, access codes, hours key, phone specs ';'-separated, languages]
const SITES = [
  ['mb-library', 'mb', 'Millbrook Public Library', '412 Oak Street', '', 'wehb', 'library', 'v|Information desk', ''],
  ['mb-county', 'mb', 'Cedar Valley County Services Building', '200 Courthouse Square', 'Suite 200', 'wepb', 'officeTz', 'v|Main reception;f', 'es'],
  ['mb-bh', 'mb', 'Cedar Valley Behavioral Health Clinic', '1450 Center Street', '', 'wpbg', 'clinic', 'v x100|Front desk', 'es ru'],
  ['mb-csc', 'mb', 'Cedar Valley Crisis Stabilization Center', '1460 Center Street', '', 'wpbg', 'allday', 'v|Walk-in desk, staffed 24/7', ''],
  ['mb-parish', 'mb', "St. Brendan's Parish Hall", '88 Church Street', '', 'rb', 'church', '', ''],
  ['mb-church', 'mb', 'Millbrook Community Church', '630 Maple Avenue', '', 'wh', '', '', ''],
  ['mb-cc', 'mb', 'Millbrook Community Center', '155 Park Avenue', '', 'wpbh', 'evening', 'v', ''],
  ['mb-mission', 'mb', 'Millbrook Rescue Mission', '21 Depot Street', '', 'rbg', 'allday', 'v|Front desk, staffed around the clock', ''],
  ['mb-foodbank', 'mb', 'Cedar Valley Food Bank Distribution Center', '3300 Industrial Way', 'Door 4', 'wp', 'split', 'v', 'es'],
  ['mb-legal', 'mb', 'Commercial Building', '310 Commercial Street', 'Suite 410', 'we', 'office', '', ''],
  ['mb-jobs', 'mb', 'Cedar Valley Job Center', '975 Market Street', '', 'wpb', 'office', 'v;f', 'es'],
  ['mb-high', 'mb', 'Millbrook High School', '2200 Falcon Drive', '', 'wpb', 'school', 'v|Main office', ''],
  ['mb-frc', 'mb', 'Jefferson Elementary School', '740 Jefferson Street', 'Room 12', 'wb', 'school', '', 'es'],
  ['mb-senior', 'mb', 'Millbrook Senior Center', '505 Elm Street', '', 'wphb', 'senior', 'v', ''],
  ['mb-vets', 'mb', 'Veterans Memorial Hall', '120 Liberty Street', '', 'rpb', 'office', '', ''],
  ['mb-cafe', 'mb', 'Second Wind Recovery Café', '233 Front Street', '', 'wb', 'cafe', 'v', ''],
  ['mb-harbor', 'mb', 'Harborlight Treatment Services', '1800 Mill Creek Drive', 'Suite 100', 'wpb', '', 'v', 'es'],
  ['mb-youth', 'mb', 'Open Door Youth Center', '415 Oak Street', '', 'wb', '', '', ''],
  ['mb-transit', 'mb', 'Cedar Valley Transit Center', '100 Depot Street', '', 'wpb', 'office', '', ''],
  ['rv-library', 'rv', 'Riverton Library', '60 River Road', '', 'wpb', 'library', '', ''],
  ['rv-clinic', 'rv', 'Riverbend Counseling Center', '820 Bridge Street', 'Suite 200', 'web', 'clinic', 'v x1', 'es vi'],
  ['rv-church', 'rv', 'Riverton United Church', '301 Second Avenue', '', 'rh', '', '', ''],
  ['rv-kitchen', 'rv', 'Riverton Community Kitchen', '145 Water Street', '', 'wb', '', '', ''],
  ['rv-grange', 'rv', 'Riverton Grange Hall', '900 Ferry Street', '', 'rp', '', '', ''],
  ['rv-islamic', 'rv', 'Riverton Islamic Center', '1120 Alder Street', '', 'wb', '', '', 'ar so'],
  ['rv-newroots', 'rv', 'Bridge Street Offices', '410 Bridge Street', 'Suite 3', 'we', 'office', 'v', 'ar so fr'],
  ['rv-middle', 'rv', 'Riverton Middle School', '500 School Street', '', 'wpb', 'school', '', ''],
  ['fw-health', 'fw', 'Fernwood Community Health Center', '77 Fir Lane', '', 'wpb', 'clinic', 'v', 'es tl'],
  ['fw-church', 'fw', 'First Community Church of Fernwood', '12 Church Street', '', 's', '', '', ''],
  ['fw-grange', 'fw', 'Fernwood Grange Hall', '440 Grange Road', '', 'rp', '', '', ''],
  ['fw-elem', 'fw', 'Fernwood Elementary School', '1 Schoolhouse Lane', '', 'wb', 'school', '', ''],
  ['fw-library', 'fw', 'Fernwood Branch Library', '230 Main Street', '', 'wb', 'library', '', ''],
  ['as-hall', 'as', 'Ashford Community Hall', '18 Main Street', '', 'rpb', '', '', ''],
  ['as-clinic', 'as', 'Ashford Medical & Wellness', '600 Valley View Road', 'Building B', 'wpb', 'clinic', 'v', 'ko zh'],
  ['as-chapel', 'as', 'Ashford Chapel', '210 Hill Street', '', 'r', '', '', ''],
  ['as-high', 'as', 'Ashford High School', '1300 Eagle Way', '', 'wpb', 'school', '', ''],
  ['ph-health', 'ph', 'Pine Hollow Community Health Center', '90 Hollow Road', '', 'wp', 'clinic', 'v', 'es'],
  ['ph-grange', 'ph', 'Pine Hollow Grange', '5 Summit Road', '', 'rp', '', '', ''],
  ['ph-church', 'ph', 'Pine Hollow Bible Fellowship', '300 Ridge Drive', '', 'rb', '', '', ''],
  ['ph-school', 'ph', 'Pine Hollow School', '45 Cedar Lane', '', 'wb', 'school', '', ''],
];

const SITE_BY_KEY = new Map(SITES.map((s) => [s[0], s]));
const cache = new Map();
const round = (n) => Math.round(n * 1e6) / 1e6;

export function siteTown(key) {
  const s = SITE_BY_KEY.get(key);
  if (!s) throw new Error(`unknown site ${key}`);
  return s[1];
}

function buildSite(key) {
  const [, town, name, a1, a2, access, hours, phoneSpecs, langs] = SITE_BY_KEY.get(key);
  const [city, zips, lat, lon, route] = TOWNS[town];
  const rng = createRng(`site:${key}`);
  const id = makeId('location', key);
  const loc = { id, location_type: 'physical', name };
  loc.latitude = round(lat + rng.float(-0.018, 0.018));
  loc.longitude = round(lon + rng.float(-0.022, 0.022));
  loc.transportation = route
    ? `${route} stops ${rng.pick(['in front of the building', 'one block away', 'across the street', 'at the corner'])}.`
    : 'No fixed-route bus. Cedar Valley Transit Dial-a-Ride serves this address on weekdays.';
  loc.accessibility = [...access].map((c, i) => ({ id: makeId('accessibility', key, i), description: ACCESS[c] }));
  const address = { id: makeId('address', key), address_1: a1 };
  if (a2) address.address_2 = a2;
  Object.assign(address, {
    city, state_province: STATE, postal_code: rng.pick(zips), country: COUNTRY, address_type: 'physical',
  });
  loc.addresses = [address];
  const ph = phones(id, phoneSpecs ? phoneSpecs.split(';') : []);
  if (ph) loc.phones = ph;
  const sc = schedules(id, HOURS[hours]);
  if (sc) loc.schedules = sc;
  if (langs) loc.languages = languages(id, `en ${langs}`);
  return loc;
}

/** A shared physical location (same id every time it is used). */
export function site(key) {
  if (!cache.has(key)) cache.set(key, buildSite(key));
  return JSON.parse(JSON.stringify(cache.get(key)));
}

/** First phone number of a site, for duplicating across levels. */
export function sitePhone(key) {
  return site(key).phones?.[0]?.number;
}

/** An online-only location: no address or coordinates, just a URL. */
export function virtualSite(slug, name) {
  return {
    id: makeId('location', 'virtual', slug),
    location_type: 'virtual',
    name,
    url: `https://meet.example.org/cedar-valley/${slug}`,
    description: 'Online meeting room. The link opens in a web browser or the video app; you can also join by phone.',
  };
}

/** A confidential location: city only, no street, no coordinates. */
export function confidentialSite(slug, town, name) {
  const id = makeId('location', 'confidential', slug);
  return {
    id,
    location_type: 'physical',
    name,
    description: 'The address is kept confidential for the safety of residents. Call the 24-hour line to arrange intake.',
    addresses: [{ id: makeId('address', 'confidential', slug), city: townName(town), state_province: STATE, country: COUNTRY, address_type: 'physical' }],
  };
}
