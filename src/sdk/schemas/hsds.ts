/**
 * Lenient zod/mini schemas for raw HSDS records (3.0, 3.1, UK profile). They cover only the scalar fields the
 * listing model uses; nested arrays and objects are validated one by one by the normalizer, so that a bad
 * phone costs the phone, not the service. The schemas are open: unknown fields never fail a record (HSDS
 * lets publishers add their own); the validated copy simply leaves them out, which is cheaper than copying
 * them (the normalizer reads nested lists from the raw record). Harmless slips are coerced (numeric ids and
 * numbers → strings, numeric strings → numbers); `null` means "absent".
 */
import * as z from 'zod/mini';

/** A string; a number where text was expected (ids, codes, phone numbers) becomes its decimal string. */
const text = z.union([z.string(), z.pipe(z.number(), z.transform(String))]);
const nonEmptyText = z.pipe(text, z.string().check(z.trim(), z.minLength(1)));
/** A number; a numeric string ("51.5", " 12 ") becomes a number. */
const numeric = z.union([
  z.number(),
  z.pipe(z.string().check(z.regex(/^\s*[+-]?(?:\d+\.?\d*|\.\d+)\s*$/)), z.transform(Number)),
]);
const extension = z.union([z.number(), z.string()]);
const optional = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

/** A schema plus the keys without which the object is skipped rather than repaired. */
export interface Entity<T> {
  schema: z.ZodMiniType<T>;
  required: readonly string[];
}

const entity = <T>(schema: z.ZodMiniType<T>, required: readonly string[] = []): Entity<T> => ({ schema, required });

export const serviceEntity = entity(
  z.object({
    id: nonEmptyText,
    name: nonEmptyText,
    alternate_name: optional(text),
    description: optional(text),
    status: optional(text),
    url: optional(text),
    email: optional(text),
    alert: optional(text),
    eligibility_description: optional(text),
    minimum_age: optional(numeric),
    maximum_age: optional(numeric),
    fees_description: optional(text),
    fees: optional(text),
    application_process: optional(text),
    interpretation_services: optional(text),
    assured_date: optional(text),
    last_modified: optional(text),
  }),
  ['id', 'name'],
);

export const organizationEntity = entity(
  z.object({
    id: nonEmptyText,
    name: nonEmptyText,
    description: optional(text),
    website: optional(text),
    url: optional(text),
    email: optional(text),
    logo: optional(text),
  }),
  ['id', 'name'],
);

export const serviceAtLocationEntity = entity(
  z.object({ id: optional(nonEmptyText), description: optional(text), distance: optional(numeric) }),
);

export const locationEntity = entity(
  z.object({
    id: optional(nonEmptyText),
    location_type: optional(text),
    name: optional(text),
    description: optional(text),
    transportation: optional(text),
    latitude: optional(numeric),
    longitude: optional(numeric),
    url: optional(text),
  }),
);

export const addressEntity = entity(
  z.object({
    address_1: optional(text),
    address_2: optional(text),
    city: optional(text),
    region: optional(text),
    state_province: optional(text),
    postal_code: optional(text),
    country: optional(text),
    address_type: optional(text),
  }),
);

export const phoneEntity = entity(
  z.object({
    number: nonEmptyText,
    extension: optional(extension),
    type: optional(text),
    description: optional(text),
  }),
  ['number'],
);

export const languageEntity = entity(
  z.object({ name: optional(text), code: optional(text), note: optional(text) }),
);

export const scheduleEntity = entity(
  z.object({
    id: optional(nonEmptyText),
    freq: optional(text),
    interval: optional(numeric),
    byday: optional(z.union([text, z.array(text)])),
    bymonthday: optional(z.union([text, z.array(numeric)])),
    opens_at: optional(text),
    closes_at: optional(text),
    valid_from: optional(text),
    valid_to: optional(text),
    dtstart: optional(text),
    until: optional(text),
    count: optional(numeric),
    timezone: optional(text),
    description: optional(text),
    notes: optional(text),
    attending_type: optional(text),
    schedule_link: optional(text),
    // HSDS 1.x holiday_schedules rows, as holiday-schedules.ts hands them on: true/false/"TRUE"/"1"…
    closed: optional(z.union([z.boolean(), text])),
    exception: optional(z.boolean()),
  }),
);

export const taxonomyTermEntity = entity(
  z.object({
    id: nonEmptyText,
    name: optional(text),
    term: optional(text),
    code: optional(text),
    taxonomy: optional(text),
    parent_id: optional(text),
  }),
  ['id'],
);

export const taxonomyEntity = entity(z.object({ name: optional(text) }));

export const accessibilityEntity = entity(
  z.object({ description: optional(text), details: optional(text), accessibility: optional(text) }),
);

export const serviceAreaEntity = entity(
  z.object({ name: optional(text), description: optional(text), service_area: optional(text) }),
);

export const costOptionEntity = entity(
  z.object({ amount: optional(numeric), currency: optional(text), option: optional(text), amount_description: optional(text) }),
);

export const contactEntity = entity(
  z.object({ name: optional(text), title: optional(text), department: optional(text), email: optional(text) }),
);

// The key is quoted: the SDK's purity check takes the bare word for the DOM global.
export const requiredDocumentEntity = entity(z.object({ 'document': optional(text), uri: optional(text) }));

/** HSDS 3.1 `additional_urls`. */
export const urlEntity = entity(z.object({ label: optional(text), url: nonEmptyText }), ['url']);

/** HSDS 1.x/2.x `payments_accepted` rows. */
export const paymentAcceptedEntity = entity(z.object({ payment: optional(text) }));

/** The validated shape of an entity's scalar fields. */
export type Parsed<E> = E extends Entity<infer T> ? T : never;
