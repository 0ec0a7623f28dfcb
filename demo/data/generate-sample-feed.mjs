#!/usr/bin/env node
/**
 * Generates the demo feed demo/data/sample-feed.json: a JSON array of fully nested
 * HSDS 3.1 `service` objects for the fictional "Cedar Valley County", Oregon.
 *
 * ALL DATA IS FICTIONAL: organizations, addresses, coordinates, 555-01xx phone numbers,
 * *.example.org web addresses and e-mail addresses are made up. The only real entries are
 * three public national crisis lines (988 Suicide & Crisis Lifeline, Crisis Text Line,
 * Veterans Crisis Line). Contacts are listed by role, never by a person's name.
 *
 * Schema shape: Human Services Data Specification: an Open Referral resource
 * (https://openreferral.org/), licensed CC BY-SA 4.0.
 *
 * Deterministic: a seeded PRNG (mulberry32) and hash-derived ids; no clock, no Math.random.
 * Two runs produce byte-identical output.
 *
 * Usage: node demo/data/generate-sample-feed.mjs [outPath]   (default demo/data/sample-feed.json)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { buildServices } from './generator/build.mjs';
import { supportGroups } from './generator/services-support-groups.mjs';
import { crisisServices } from './generator/services-crisis.mjs';
import { healthServices } from './generator/services-health.mjs';
import { basicNeedsServices } from './generator/services-basic-needs.mjs';
import { opportunityServices } from './generator/services-opportunity.mjs';
import { communityServices } from './generator/services-community.mjs';
import { checkFeed } from './generator/checks.mjs';

const specs = [
  ...crisisServices,
  ...supportGroups,
  ...healthServices,
  ...basicNeedsServices,
  ...opportunityServices,
  ...communityServices,
];

const services = buildServices(specs);
checkFeed(services);

const defaultOut = fileURLToPath(new URL('./sample-feed.json', import.meta.url));
const out = process.argv[2] ? resolve(process.argv[2]) : defaultOut;
const json = `${JSON.stringify(services, null, 2)}\n`;
writeFileSync(out, json);
console.log(`Wrote ${services.length} services (${(json.length / 1024).toFixed(0)} KiB) to ${out}`);
