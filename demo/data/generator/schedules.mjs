// Compact schedule notation → HSDS 3.1 schedule objects with human descriptions.
//
//   'W MO,TU,WE,TH,FR 09:00-17:00'   weekly
//   'W2 TH 18:00-19:30'              every other week (needs opts.dtstart)
//   'M 1SA 10:00-11:30'              monthly, ordinal weekday(s): 1SA, 3TH, -1FR, "2TU,4TU"
//   'MD 15 18:00-19:30'              monthly, by day of month
//   'D Call for current times.'      description only, no rule fields
//
// A spec is a string or [string, opts]; opts: tz, vf (valid_from), vt (valid_to), until, dtstart,
// at (attending_type), notes, link (schedule_link), desc (replace description), suffix (append).
import { makeId } from './random.mjs';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY_NAMES = {
  MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday',
};
const ORD = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', '-1': 'last' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

function joinList(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function clock(hhmm) {
  const [h, m] = hhmm.split(':').map(Number);
  if (h === 12 && m === 0) return { text: 'noon', mer: '' };
  if (h === 0 && m === 0) return { text: 'midnight', mer: '' };
  const mer = h < 12 ? 'AM' : 'PM';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return { text: m ? `${h12}:${String(m).padStart(2, '0')}` : `${h12}`, mer };
}

/** "6:30–8 PM", "9 AM–5 PM", "10 AM–noon". */
export function timeRange(opens, closes) {
  const a = clock(opens);
  const b = clock(closes);
  const right = b.mer ? `${b.text} ${b.mer}` : b.text;
  if (a.mer && a.mer === b.mer) return `${a.text}–${right}`;
  return `${a.mer ? `${a.text} ${a.mer}` : a.text}–${right}`;
}

/** "Tuesdays", "Monday–Friday", "Every day", "Mondays, Wednesdays and Fridays". */
export function dayText(byday) {
  const days = byday.split(',');
  if (days.length === 7) return 'Every day';
  if (days.length === 1) return `${DAY_NAMES[days[0]]}s`;
  const idx = days.map((d) => DAYS.indexOf(d));
  const contiguous = idx.every((v, i) => i === 0 || v === idx[i - 1] + 1);
  if (contiguous && days.length >= 3) return `${DAY_NAMES[days[0]]}–${DAY_NAMES[days[days.length - 1]]}`;
  return joinList(days.map((d) => `${DAY_NAMES[d]}s`));
}

function monthlyDayText(byday) {
  const parts = byday.split(',').map((p) => {
    const m = /^(-?\d)([A-Z]{2})$/.exec(p);
    if (!m) throw new Error(`bad monthly byday ${p}`);
    return { ord: ORD[m[1]], day: DAY_NAMES[m[2]] };
  });
  const sameDay = parts.every((p) => p.day === parts[0].day);
  if (sameDay && parts.length > 1) return `${cap(joinList(parts.map((p) => p.ord)))} ${parts[0].day}s of the month`;
  return `${cap(joinList(parts.map((p) => `${p.ord} ${p.day}`)))} of the month`;
}

function ordinalNumber(n) {
  const v = Math.abs(n);
  if (n < 0) return v === 1 ? 'last day' : `${v}th-from-last day`;
  const suffix = v % 10 === 1 && v !== 11 ? 'st' : v % 10 === 2 && v !== 12 ? 'nd' : v % 10 === 3 && v !== 13 ? 'rd' : 'th';
  return `${v}${suffix}`;
}

export function longDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

function describe(kind, rule, opens, closes) {
  const allDay = opens === '00:00' && closes === '23:59';
  const overnight = closes < opens;
  const hours = allDay ? 'open 24 hours' : `${timeRange(opens, closes)}${overnight ? ' (overnight)' : ''}`;
  if (kind === 'W' || kind === 'W2') {
    if (allDay && rule.split(',').length === 7) return 'Open 24 hours, 7 days a week';
    const days = kind === 'W2' ? `Every other ${DAY_NAMES[rule.split(',')[0]]}` : dayText(rule);
    if (overnight && rule.split(',').length === 7) return `Nightly ${hours}`;
    return allDay ? `${days}, ${hours}` : `${days} ${hours}`;
  }
  if (kind === 'M') return `${monthlyDayText(rule)}, ${hours}`;
  const days = rule.split(',').map((d) => ordinalNumber(Number(d)));
  return `The ${joinList(days)} of each month, ${hours}`;
}

/** Build one schedule object. ownerId + index make the id. */
export function schedule(ownerId, index, spec) {
  const [text, opts = {}] = Array.isArray(spec) ? spec : [spec, {}];
  const s = { id: makeId('schedule', ownerId, index) };
  const kind = text.split(' ')[0];
  if (kind === 'D') {
    s.description = text.slice(2);
  } else {
    const [, rule, range] = text.split(' ');
    const [opens, closes] = range.split('-');
    s.freq = kind.startsWith('W') ? 'WEEKLY' : 'MONTHLY';
    if (kind === 'W2') s.interval = 2;
    if (opts.dtstart) s.dtstart = opts.dtstart;
    if (kind === 'MD') s.bymonthday = rule;
    else s.byday = rule;
    s.opens_at = opens;
    s.closes_at = closes;
    if (opts.until) s.until = opts.until;
    let desc = opts.desc ?? describe(kind, rule, opens, closes);
    if (opts.suffix) desc += opts.suffix;
    s.description = desc;
  }
  if (opts.vf) s.valid_from = opts.vf;
  if (opts.vt) s.valid_to = opts.vt;
  if (opts.tz !== undefined) s.timezone = opts.tz;
  if (opts.at) s.attending_type = opts.at;
  if (opts.notes) s.notes = opts.notes;
  if (opts.link) s.schedule_link = opts.link;
  return s;
}

/** Build a list of schedules (undefined when the list is empty). */
export function schedules(ownerId, specs) {
  if (!specs || specs.length === 0) return undefined;
  return specs.map((spec, i) => schedule(ownerId, i, spec));
}

/** Common building hours, reusable by name. */
export const HOURS = {
  office: ['W MO,TU,WE,TH,FR 09:00-17:00'],
  officeTz: [['W MO,TU,WE,TH,FR 08:30-17:00', { tz: -8 }]],
  clinic: ['W MO,TU,WE,TH 08:00-18:00', 'W FR 08:00-17:00'],
  split: ['W MO,TU,WE,TH 09:00-12:00', 'W MO,TU,WE,TH 13:00-16:30'],
  library: ['W MO,TU,WE,TH 10:00-20:00', 'W FR,SA 10:00-17:00', 'W SU 13:00-17:00'],
  evening: ['W MO,TU,WE,TH,FR 12:00-20:00'],
  allday: ['W MO,TU,WE,TH,FR,SA,SU 00:00-23:59'],
  school: [['W MO,TU,WE,TH,FR 07:30-15:30', { notes: 'Closed on school holidays and during summer break.' }]],
  church: ['W MO,TU,WE,TH 09:00-14:00', 'W SU 08:00-13:00'],
  senior: ['W MO,TU,WE,TH,FR 08:30-16:00'],
  cafe: ['W TU,WE,TH,FR 10:00-18:00', 'W SA 10:00-14:00'],
};

/** The human description a spec would get (used for alternate names). */
export function describeSpec(spec) {
  return schedule('describe-only', 0, spec).description;
}
