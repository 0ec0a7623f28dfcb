// A realistic generated HSDS 3.1 feed (the bench's, and the browser tests' large files): deterministic, so
// every run sees the same services.
// Deterministic pseudo-random numbers (mulberry32), so every run sees the same feed.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(211);
export const pick = (list) => list[Math.floor(rand() * list.length)];
export const between = (min, max) => min + Math.floor(rand() * (max - min + 1));
const uuid = () => 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => ((c === 'x' ? rand() * 16 : 8 + rand() * 4) | 0).toString(16));

export const WORDS = ('food pantry meals groceries housing shelter rent eviction legal advice debt counselling mental health crisis support ' +
  'children families youth seniors veterans employment training clothing transport clinic dental medical recovery addiction ' +
  'language classes immigration benefits utilities energy assistance domestic violence refuge library community volunteer ' +
  'café niño señor über façade résumé weekly appointment referral walk-in free confidential bilingual accessible').split(' ');
export const TERMS = Array.from({ length: 60 }, (_, i) => ({ id: uuid(), code: `BD-${1000 + i * 25}`, name: `${pick(WORDS)} ${pick(WORDS)}`.replace(/^./, (c) => c.toUpperCase()) }));
const TAXONOMIES = [{ id: uuid(), name: 'Open Eligibility' }, { id: uuid(), name: '211 LA County' }];
const LANGUAGES = [['en', 'English'], ['es', 'Spanish'], ['vi', 'Vietnamese'], ['zh', 'Chinese'], ['ar', 'Arabic'], ['ko', 'Korean'], ['tl', 'Tagalog'], ['ru', 'Russian']];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const sentence = () => {
  const words = Array.from({ length: between(6, 18) }, () => pick(WORDS)).join(' ');
  return `${words[0].toUpperCase()}${words.slice(1)}.`;
};
const paragraph = () => Array.from({ length: between(2, 5) }, sentence).join(' ');
const description = () => {
  const style = rand();
  if (style < 0.2) return `<p>${paragraph()}</p><ul><li>${sentence()}</li><li>${sentence()}</li></ul><p>${paragraph()} &amp; more&nbsp;info.</p>`;
  if (style < 0.35) return `## ${sentence()}\n\n**${pick(WORDS)}** ${paragraph()}\n\n- ${sentence()}\n- [${pick(WORDS)}](https://example.org/${pick(WORDS)})`;
  return `${paragraph()} ${paragraph()}`;
};
const phone = () => ({
  id: uuid(),
  number: `(${between(200, 999)}) ${between(200, 999)}-${String(between(0, 9999)).padStart(4, '0')}`,
  extension: rand() < 0.2 ? between(1, 999) : undefined,
  type: pick(['voice', 'voice', 'fax', 'text']),
  description: rand() < 0.5 ? sentence() : undefined,
  languages: rand() < 0.3 ? [language()] : [],
});
const language = () => {
  const [code, name] = pick(LANGUAGES);
  return { id: uuid(), code, name, note: rand() < 0.2 ? sentence() : undefined };
};
const schedule = () => {
  const start = between(7, 10);
  return {
    id: uuid(),
    freq: 'WEEKLY',
    byday: DAYS.slice(0, between(1, 5)).join(','),
    opens_at: `${String(start).padStart(2, '0')}:00`,
    closes_at: `${String(start + between(3, 9)).padStart(2, '0')}:30`,
    description: rand() < 0.4 ? sentence() : undefined,
    timezone: -8,
  };
};
const attribute = () => {
  const term = pick(TERMS);
  const taxonomy = pick(TAXONOMIES);
  return { id: uuid(), link_type: 'service_type', taxonomy_term: { ...term, description: term.name, taxonomy: taxonomy.name, taxonomy_detail: { ...taxonomy, description: 'A taxonomy' } } };
};
const location = () => ({
  id: uuid(),
  location_type: rand() < 0.05 ? 'virtual' : 'physical',
  name: `${pick(WORDS)} centre`,
  description: rand() < 0.5 ? sentence() : undefined,
  latitude: 33.7 + rand() * 0.8,
  longitude: -118.6 + rand() * 0.9,
  addresses: [{ id: uuid(), address_1: `${between(1, 9999)} ${pick(WORDS)} St`, city: pick(['Los Angeles', 'Pasadena', 'Long Beach', 'Glendale']), state_province: 'CA', postal_code: String(between(90001, 91899)), country: 'US', address_type: 'physical' }],
  phones: rand() < 0.5 ? [phone()] : [],
  schedules: rand() < 0.5 ? [schedule(), schedule()] : [],
  languages: [language()],
  accessibility: [{ id: uuid(), description: sentence(), details: rand() < 0.5 ? sentence() : undefined }],
});

export function generateFeed(count) {
  const organizations = Array.from({ length: Math.ceil(count / 4) }, () => ({
    id: uuid(),
    name: `${pick(WORDS)} ${pick(WORDS)} association`.replace(/^./, (c) => c.toUpperCase()),
    description: paragraph(),
    website: `https://www.${pick(WORDS).replace(/[^a-z]/g, '')}.example.org`,
    email: 'info@example.org',
    phones: [phone()],
  }));
  return Array.from({ length: count }, (_, i) => ({
    id: uuid(),
    name: `${pick(WORDS)} ${pick(WORDS)} ${i}`.replace(/^./, (c) => c.toUpperCase()),
    alternate_name: rand() < 0.3 ? pick(WORDS) : undefined,
    description: description(),
    url: `https://example.org/services/${i}`,
    email: rand() < 0.6 ? `service${i}@example.org` : undefined,
    status: rand() < 0.95 ? 'active' : 'temporarily closed',
    eligibility_description: rand() < 0.6 ? sentence() : undefined,
    minimum_age: rand() < 0.3 ? between(0, 21) : undefined,
    fees_description: pick(['Free', 'No cost to clients.', 'Sliding scale based on income.', `$${between(5, 80)} per visit`, undefined]),
    application_process: rand() < 0.7 ? paragraph() : undefined,
    assured_date: '2025-01-15',
    last_modified: '2025-02-01T10:00:00.000Z',
    organization: pick(organizations),
    phones: Array.from({ length: between(1, 2) }, phone),
    schedules: Array.from({ length: between(0, 3) }, schedule),
    languages: Array.from({ length: between(1, 3) }, language),
    attributes: Array.from({ length: between(2, 4) }, attribute),
    service_areas: [{ id: uuid(), name: 'Los Angeles County', extent_type: 'text' }],
    cost_options: rand() < 0.3 ? [{ id: uuid(), option: 'Standard', amount: between(0, 50), currency: 'USD' }] : [],
    contacts: [{ id: uuid(), name: 'Front desk', title: 'Reception' }],
    service_at_locations: Array.from({ length: between(1, 3) }, () => ({ id: uuid(), description: rand() < 0.3 ? sentence() : undefined, location: location() })),
  }));
}
