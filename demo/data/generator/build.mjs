// Expands compact service specs into fully nested HSDS 3.1 service objects.
//
// Spec keys: k key (unique, gives the id) · n name · an alternate_name · o organization key
//   t taxonomy codes ("SG-PEER POP-YOUTH"; MODE-* added from the locations) · d description
//   fmt 'html'|'md' (description used verbatim) · l locations (see below) · s service schedules
//   p service phones (phones.mjs notation; refs =org, =loc) · el eligibility · min/max ages
//   fee fees_description · cost [[option, amount]] · lg extra language codes · noEn · es (force Spanish on/off)
//   it interpretation_services · ap application_process · st 'tc'|'in' · al alert
//   au [[label, url]] additional_urls · url path, full https URL, or false · em true|address · area true|false · ct contact roles · remote
// Location items: site key | 'v:slug:Name' (virtual) | 'c:slug:town:Name' (confidential),
//   or [item, { d: SAL description, s: SAL schedules, p: SAL phones }].
import { createRng, makeId } from './random.mjs';
import { site, virtualSite, confidentialSite, COUNTY } from './places.mjs';
import { organization } from './organizations.mjs';
import { phones } from './phones.mjs';
import { schedules } from './schedules.mjs';
import { languages, LANGS } from './languages.mjs';
import { attributes, linkType } from './taxonomy.mjs';

// primary category → [fees_description, application_process, extra sentences]
const CAT = {
  'SG-PEER': ['Free', 'Just show up; no registration or referral needed.', [
    'Meetings are free, confidential and open to newcomers.',
    'Facilitators are trained volunteers with lived experience.',
    'You are welcome to listen without sharing.']],
  'SG-PRO': ['Free', 'Call or email the facilitator before your first meeting for a short welcome conversation.', [
    'Groups are kept small so everyone has time to talk.',
    'Groups are small, confidential and drop-in friendly.',
    'No insurance or referral is required.']],
  CRISIS: ['Free', 'Call, text or chat any time. No appointment or referral needed.', [
    'Trained crisis counselors answer every contact.',
    'If there is immediate danger to life, call 911.']],
  'MH-OUT': ['Sliding scale based on income', 'Call to schedule an intake appointment. Self-referrals welcome.', [
    'Most insurance plans, including Oregon Health Plan, are accepted.',
    'Same-week intake appointments are usually available.',
    'Services are trauma-informed and culturally responsive.']],
  SUD: ['Sliding scale based on income', 'Walk in during open hours or call for a screening.', [
    'Oregon Health Plan and most private insurance accepted.',
    'No one is turned away for inability to pay.',
    'Family members are welcome to ask questions.']],
  HOUSING: ['Free', 'Call the coordinated entry line or walk in during office hours for a housing assessment.', [
    'Pets are welcome; kennels are available.',
    'Staff can help with ID replacement and benefits applications.',
    'No sobriety requirement.']],
  FOOD: ['No cost', 'Bring a bag or box if you can. No ID or proof of income required.', [
    'Fresh produce is available most weeks.',
    'Volunteers can help you carry groceries to your car.',
    'Vegetarian and halal options when available.']],
  EMPLOY: ['Free', 'Register online or visit during office hours to meet a career coach.', [
    'Computers, printers and free Wi-Fi are available.',
    'Workshops run in English and Spanish.']],
  LEGAL: ['Free', 'Call the intake line. A paralegal will screen your case and schedule a consultation.', [
    'Help is confidential.',
    'Income and asset limits apply to full representation; brief advice is open to all.']],
  TRANSPORT: ['Free', 'Call at least two business days before your appointment to schedule a ride.', [
    'Vehicles are wheelchair accessible.',
    'A companion or caregiver may ride along at no charge.']],
  FAITH: ['Free', 'All are welcome; no religious participation is required.', [
    'Programs are open to people of any faith or none.',
    'Volunteers from several congregations help run this program.']],
  SCHOOL: ['Free', 'Ask at the school office or contact the school counselor.', [
    'Parents and guardians can request a meeting in their preferred language.',
    'Services follow the school calendar.']],
  TELEHEALTH: ['$20 per session, insurance accepted', 'Book online or by phone. A staff member will test your video connection before the first visit.', [
    'Appointments can be done by phone if video is not possible.',
    'Free loaner tablets are available for those without a device.']],
};
const CATS = Object.keys(CAT);
const MAILBOX = {
  'SG-PEER': 'groups', 'SG-PRO': 'groups', CRISIS: 'crisis', 'MH-OUT': 'counseling', SUD: 'recovery', HOUSING: 'housing',
  FOOD: 'food', EMPLOY: 'careers', LEGAL: 'intake', TRANSPORT: 'rides', FAITH: 'outreach', SCHOOL: 'families', TELEHEALTH: 'telehealth',
};
const EXTRA_LANGS = ['ru', 'ko', 'pt', 'fr', 'ht', 'vi', 'zh'];

const rng = createRng('cedar-valley-county-demo-feed');
const DAY = 86400000;
const START = Date.UTC(2024, 0, 2);
const END = Date.UTC(2026, 9, 31);

const sentences = (text) => (text.match(/[.!?](\s|$)/g) || []).length;
const slug = (k) => k.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function location(item) {
  if (item.startsWith('v:')) {
    const [, s, name] = item.split(':');
    return virtualSite(s, name);
  }
  if (item.startsWith('c:')) {
    const [, s, town, name] = item.split(':');
    return confidentialSite(s, town, name);
  }
  return site(item);
}

function buildSal(serviceId, specKey, item, index, refs) {
  const [ref, opts = {}] = Array.isArray(item) ? item : [item, {}];
  const loc = location(ref);
  const id = makeId('service_at_location', specKey, index);
  const sal = { id };
  if (opts.d) sal.description = opts.d;
  sal.location = loc;
  const ph = phones(id, opts.p, { ...refs, loc: loc.phones?.[0]?.number });
  if (ph) sal.phones = ph;
  const sc = schedules(id, opts.s);
  if (sc) sal.schedules = sc;
  return sal;
}

function dates() {
  // mostly recent checks (skewed), plus a tail of stale ones back to January 2024
  const u = rng.chance(0.12) ? rng.next() * 0.3 : Math.cbrt(rng.next());
  const assured = START + Math.floor(u * Math.floor((END - START) / DAY)) * DAY;
  const modified = assured + rng.int(0, 20) * DAY + rng.int(7 * 3600, 18 * 3600) * 1000 + rng.int(0, 999);
  return [new Date(assured).toISOString().slice(0, 10), new Date(Math.min(modified, Date.UTC(2026, 10, 20, 17))).toISOString()];
}

export function buildService(spec) {
  const id = makeId('service', spec.k);
  const org = organization(spec.o);
  const codes = spec.t.split(/\s+/);
  const primary = codes.find((c) => CATS.includes(c));
  if (!primary) throw new Error(`${spec.k}: no category code`);
  const [defFee, defApply, pool] = CAT[primary];
  const refs = { org: org.phones?.[0]?.number };

  const s = { id, name: spec.n };
  if (spec.an) s.alternate_name = spec.an;
  let description = spec.d;
  if (!spec.fmt) {
    const extra = rng.sample(pool, pool.length);
    if (sentences(description) < 2) description += ` ${extra[0]}`;
    if (sentences(description) < 3 && rng.chance(0.35)) description += ` ${extra[extra.length - 1]}`;
  }
  s.description = description;
  if (spec.url !== false && (spec.url !== undefined || !rng.chance(0.08))) {
    const u = spec.url ?? `/programs/${slug(spec.k)}`;
    s.url = u.startsWith('https://') ? u : `${org.website}${u}`;
  }
  if (spec.au) s.additional_urls = spec.au.map(([label, url], i) => ({ id: makeId('url', spec.k, i), label, url }));
  if (spec.em || (spec.em === undefined && org.email && rng.chance(0.3))) {
    s.email = typeof spec.em === 'string' ? spec.em : `${MAILBOX[primary]}@${new URL(org.website).host}`;
  }
  s.status = spec.st === 'tc' ? 'temporarily closed' : spec.st === 'in' ? 'inactive' : 'active';
  if (spec.al) s.alert = spec.al;

  const langCodes = spec.noEn ? [] : ['en'];
  const spanish = spec.es ?? rng.chance(0.3);
  if (spanish) langCodes.push('es');
  if (spec.lg) langCodes.push(...spec.lg.split(' '));
  if (rng.chance(0.07)) langCodes.push(rng.pick(EXTRA_LANGS));
  const langs = [...new Set(langCodes)];
  const others = langs.filter((c) => c !== 'en');
  if (spec.it) s.interpretation_services = spec.it;
  else if (others.length >= 2) s.interpretation_services = `Bilingual staff speak ${others.map((c) => LANGS[c]).join(', ')}. Free phone interpreters for other languages.`;
  else if (rng.chance(0.15)) s.interpretation_services = 'Free telephone interpreters are available in any language; ask when you call.';

  s.application_process = spec.ap ?? defApply;
  s.fees_description = spec.fee ?? defFee;
  if (spec.el) s.eligibility_description = spec.el;
  if (spec.min !== undefined) s.minimum_age = spec.min;
  if (spec.max !== undefined) s.maximum_age = spec.max;
  [s.assured_date, s.last_modified] = dates();

  const sals = (spec.l || []).map((item, i) => buildSal(id, spec.k, item, i, refs));
  const firstLocPhone = sals.map((x) => x.location.phones?.[0]?.number).find(Boolean);
  const ph = phones(id, spec.p, { ...refs, loc: firstLocPhone });
  if (ph) s.phones = ph;
  const sc = schedules(id, spec.s);
  if (sc) s.schedules = sc;
  if (spec.area ?? rng.chance(0.3)) s.service_areas = [{ id: makeId('service_area', spec.k), name: COUNTY }];
  if (sals.length) s.service_at_locations = sals;
  if (langs.length) s.languages = languages(id, langs);
  s.organization = org;
  if (spec.cost) {
    s.cost_options = spec.cost.map(([option, amount], i) => ({ id: makeId('cost_option', spec.k, i), option, amount, currency: 'USD' }));
  }
  if (spec.ct) {
    s.contacts = spec.ct.map((role, i) => {
      const c = { id: makeId('contact', spec.k, i), name: role, title: role };
      if (org.email) c.email = `${slug(role)}@${new URL(org.website).host}`;
      if (i === 0 && refs.org) c.phones = phones(c.id, ['v=org x' + (200 + i * 11)], refs);
      return c;
    });
  }
  const modes = new Set(codes.filter((c) => linkType(c) === 'delivery'));
  for (const sal of sals) modes.add(sal.location.location_type === 'virtual' ? 'MODE-ONLINE' : 'MODE-INPERSON');
  if (spec.remote) modes.add('MODE-ONLINE');
  s.attributes = attributes(id, [...codes.filter((c) => linkType(c) !== 'delivery'), ...modes]);
  return s;
}

export function buildServices(specs) {
  const keys = new Set();
  for (const spec of specs) {
    if (keys.has(spec.k)) throw new Error(`duplicate service key ${spec.k}`);
    keys.add(spec.k);
  }
  return specs.map(buildService);
}
