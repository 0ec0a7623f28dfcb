// Sanity checks run by the generator before writing (the vitest suite repeats the important ones).
import { CATEGORY_CODES, POPULATION_CODES } from './taxonomy.mjs';
import { BOX } from './places.mjs';

export function stats(services) {
  const byCode = new Map();
  for (const s of services) {
    for (const a of s.attributes) byCode.set(a.taxonomy_term.code, (byCode.get(a.taxonomy_term.code) || 0) + 1);
  }
  const langs = new Map();
  for (const s of services) for (const l of s.languages || []) langs.set(l.code, (langs.get(l.code) || 0) + 1);
  const status = new Map();
  for (const s of services) status.set(s.status, (status.get(s.status) || 0) + 1);
  return { byCode, langs, status };
}

export function checkFeed(services) {
  const problems = [];
  const { byCode, status } = stats(services);
  if (services.length < 160) problems.push(`only ${services.length} services`);
  for (const c of CATEGORY_CODES) if ((byCode.get(c) || 0) < 5) problems.push(`${c}: ${byCode.get(c) || 0} services`);
  for (const c of POPULATION_CODES) if ((byCode.get(c) || 0) < 4) problems.push(`${c}: ${byCode.get(c) || 0} services`);
  if (status.get('temporarily closed') !== 4) problems.push(`temporarily closed: ${status.get('temporarily closed')}`);
  if (status.get('inactive') !== 1) problems.push(`inactive: ${status.get('inactive')}`);
  const text = JSON.stringify(services);
  if (/press 3/i.test(text)) problems.push('mentions "press 3"');
  const walk = (v) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === 'object') {
      if (typeof v.latitude === 'number') {
        const ok = v.latitude >= BOX.latMin && v.latitude <= BOX.latMax && v.longitude >= BOX.lonMin && v.longitude <= BOX.lonMax;
        if (!ok) problems.push(`coordinates out of county: ${v.name}`);
      }
      Object.values(v).forEach(walk);
    }
  };
  walk(services);
  if (problems.length) throw new Error(`sample feed checks failed:\n  ${problems.join('\n  ')}`);
}
