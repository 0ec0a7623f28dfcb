import { isPlausibleCoordinate } from '../geo.js';
import type {
  Address,
  Category,
  Contact,
  CostOption,
  FeedIssue,
  Language,
  Link,
  Listing,
  ListingLocation,
  ListingStatus,
  Organization,
  Phone,
  RequiredDocument,
  Schedule,
  ServiceArea,
} from '../model.js';
import {
  accessibilityEntity,
  addressEntity,
  contactEntity,
  costOptionEntity,
  languageEntity,
  locationEntity,
  organizationEntity,
  paymentAcceptedEntity,
  phoneEntity,
  requiredDocumentEntity,
  scheduleEntity,
  serviceAreaEntity,
  serviceAtLocationEntity,
  serviceEntity,
  urlEntity,
  type Entity,
  type Parsed,
} from '../schemas/hsds.js';
import { categoryFromTerm } from './category.js';
import { isFree } from './fees.js';
import { languageKey } from './languages.js';
import { upgradeLegacyService } from './legacy.js';
import { withinLimits } from './limits.js';
import { isRecord, itemsOf, joinPath, parseEntity, type Report } from './parse-entity.js';
import { makeWellFormed, withoutDeceptiveCharacters } from './clean-text.js';
import { extensionDigits } from './phone.js';
import { phoneNumber } from './phone-number.js';
import { toPlainText } from './plain-text.js';
import { toSchedule } from './schedule.js';
import { summarize } from './summary.js';
import { isPlaceholder, repairEmail, repairUrl, type UrlScheme } from './url.js';

type RawObject = Record<string, unknown>;
const STATUSES: readonly ListingStatus[] = ['active', 'inactive', 'defunct', 'temporarily closed'];

const line = (value: string | null | undefined): string | undefined => toPlainText(value, { singleLine: true }) || undefined;
const paragraphs = (value: string | null | undefined): string | undefined => toPlainText(value) || undefined;
/** A name or heading, without the invisible characters that could disguise it; undefined when nothing is left. */
const visibleName = (value: string | null | undefined): string | undefined => withoutDeceptiveCharacters(line(value) ?? '').trim() || undefined;
const EMPTY_NAME = 'no visible characters after removing invisible and direction-control ones; skipped';

/** Builds one listing, reporting what it had to repair or leave out. */
class ListingBuilder {
  private readonly report: Report;
  private readonly languageKeys = new Set<string>();
  private readonly categoryIds = new Set<string>();
  private readonly scheduleIds = new Set<string>();
  private readonly serviceAreaKeys = new Set<string>();
  private readonly contactKeys = new Set<string>();
  private readonly locationsById = new Map<string, ListingLocation>();
  readonly phones: Phone[] = [];
  /** Where each way to reach a number is in `phones`: number, extension, kind. */
  private readonly phoneAt = new Map<string, number>();
  readonly languages: Language[] = [];
  readonly categories: Category[] = [];
  readonly locations: ListingLocation[] = [];
  readonly schedules: Schedule[] = [];
  readonly serviceAreas: ServiceArea[] = [];
  readonly contacts: Contact[] = [];

  constructor(report: Report) {
    this.report = report;
  }

  private parse<T>(entity: Entity<T>, raw: unknown, path: string): T | undefined {
    return parseEntity(entity, raw, path, this.report);
  }

  /** A URL with one of the schemes (default http/https), or undefined with an issue when it is refused. */
  /** True, with an issue, for a placeholder such as "N/A": the feed has no value there, which is not a loss. */
  private placeholder(value: string, path: string): boolean {
    if (isPlaceholder(value)) this.report(path, `placeholder ${JSON.stringify(value.slice(0, 20))}; treated as empty`);
    return isPlaceholder(value);
  }

  web(value: string | null | undefined, path: string, schemes?: readonly UrlScheme[]): string | undefined {
    if (!value?.trim() || this.placeholder(value, path)) return undefined;
    const { value: url, repair } = repairUrl(value, schemes);
    if (!url) this.report(path, `not a usable ${schemes?.join('/') ?? 'http(s)'} URL: ${JSON.stringify(value.slice(0, 60))}; dropped`);
    else if (repair) this.report(path, `${repair}: ${JSON.stringify(value.slice(0, 60))}; repaired`);
    return url;
  }

  email(value: string | null | undefined, path: string): string | undefined {
    if (!value?.trim() || this.placeholder(value, path)) return undefined;
    const { value: email, repair } = repairEmail(value);
    if (!email) this.report(path, `not an e-mail address: ${JSON.stringify(value.slice(0, 60))}; dropped`);
    else if (repair) this.report(path, `${repair}: ${JSON.stringify(value.slice(0, 60))}; repaired`);
    return email;
  }

  organization(raw: unknown, path: string): Organization | undefined {
    const parsed = this.parse(organizationEntity, raw, path);
    if (!parsed) return undefined;
    const organizationName = visibleName(parsed.name);
    if (!organizationName) {
      this.report(joinPath(path, 'name'), EMPTY_NAME);
      return undefined;
    }
    const organization: Organization = { id: parsed.id, name: organizationName };
    const description = paragraphs(parsed.description);
    if (description) organization.description = description;
    const url = this.web(parsed.website ?? parsed.url, joinPath(path, parsed.website ? 'website' : 'url'));
    if (url) organization.url = url;
    const email = this.email(parsed.email, joinPath(path, 'email'));
    if (email) organization.email = email;
    const logo = this.web(parsed.logo, joinPath(path, 'logo'), ['https']);
    if (logo) organization.logo = logo;
    return organization;
  }

  languagesOf(raw: RawObject, path: string): Language[] {
    const found: Language[] = [];
    for (const [item, itemPath] of itemsOf(raw, 'languages', path, this.report)) {
      const parsed = this.parse(languageEntity, item, itemPath);
      const code = parsed?.code?.trim().toLowerCase();
      const name = line(parsed?.name);
      if (!code && !name) continue; // the UK profile keeps only ids; nothing to show
      const language: Language = {};
      if (code) language.code = code;
      if (name) language.name = name;
      const note = line(parsed?.note);
      if (note) language.note = note;
      found.push(language);
      this.addLanguage(language);
    }
    return found;
  }

  private addLanguage(language: Language): void {
    const key = languageKey(language.code ?? language.name!);
    if (this.languageKeys.has(key)) return;
    this.languageKeys.add(key);
    this.languages.push(language);
  }

  /** One phone, or undefined (with an issue) when it has no dialable number. */
  private phone(item: unknown, itemPath: string): Phone | undefined {
    const parsed = this.parse(phoneEntity, item, itemPath);
    if (!parsed) return undefined;
    const { number, tel, extension: written, cut } = phoneNumber(parsed.number);
    if (!tel) {
      this.report(joinPath(itemPath, 'number'), `no dialable number in ${JSON.stringify(parsed.number.slice(0, 40))}; skipped`);
      return undefined;
    }
    if (cut) this.report(joinPath(itemPath, 'number'), `more than one number in ${JSON.stringify(parsed.number.slice(0, 40))}; the first kept`);
    const extension = extensionDigits(parsed.extension) ?? written;
    const languages = this.languagesOf(item as RawObject, itemPath);
    const kind = parsed.type?.trim().toLowerCase() || 'voice';
    const phone: Phone = { number, tel, kind, languages };
    if (extension) phone.extension = extension;
    const description = paragraphs(parsed.description);
    if (description) phone.description = description;
    return phone;
  }

  phonesOf(raw: RawObject, path: string): void {
    for (const [item, itemPath] of itemsOf(raw, 'phones', path, this.report)) {
      const phone = this.phone(item, itemPath);
      if (!phone) continue;
      // One number may be reached several ways (988 takes calls and texts; a TTY line shares its voice
      // number): each is kept. A mobile is a voice line that also takes texts, so the two are one entry.
      const key = `${phone.tel}#${phone.extension ?? ''}#${phone.kind === 'cell' ? 'voice' : phone.kind}`;
      const same = this.phoneAt.get(key);
      if (same === undefined) {
        this.phoneAt.set(key, this.phones.length);
        this.phones.push(phone);
      } else if (phone.kind === 'cell') this.phones[same] = { ...this.phones[same]!, kind: 'cell' };
    }
  }

  /** Named contacts, each once however many levels repeat it; one with nothing to show is skipped. */
  contactsOf(raw: RawObject, path: string): void {
    for (const [item, itemPath] of itemsOf(raw, 'contacts', path, this.report)) {
      const parsed = this.parse(contactEntity, item, itemPath);
      if (!parsed) continue;
      const contact: Contact = { phones: [] };
      const name = visibleName(parsed.name);
      if (name) contact.name = name;
      const title = line(parsed.title);
      // Feeds that know only a role write it as both name and title ("Intake coordinator"): say it once.
      if (title && title.toLowerCase() !== name?.toLowerCase()) contact.title = title;
      const department = line(parsed.department);
      if (department) contact.department = department;
      const email = this.email(parsed.email, joinPath(itemPath, 'email'));
      if (email) contact.email = email;
      for (const [phoneItem, phonePath] of itemsOf(item as RawObject, 'phones', itemPath, this.report)) {
        const phone = this.phone(phoneItem, phonePath);
        if (phone) contact.phones.push(phone);
      }
      const key = JSON.stringify(contact);
      if (this.contactKeys.has(key)) continue;
      if (!name && !title && !department && !email && !contact.phones.length) {
        this.report(itemPath, 'no name, title, department, e-mail or phone; skipped');
        continue;
      }
      this.contactKeys.add(key);
      this.contacts.push(contact);
    }
  }

  schedulesOf(raw: RawObject, path: string, level: Schedule['level'], locationId?: string): void {
    for (const [item, itemPath] of itemsOf(raw, 'schedules', path, this.report)) {
      const parsed = this.parse(scheduleEntity, item, itemPath);
      // One schedule object repeated at several levels counts once, at the most specific level (seen first).
      if (!parsed || (parsed.id && this.scheduleIds.has(parsed.id))) continue;
      if (parsed.id) this.scheduleIds.add(parsed.id);
      this.schedules.push(toSchedule(parsed, level, locationId, itemPath, this.report));
    }
  }

  categoriesOf(raw: RawObject, path: string): void {
    for (const [item, itemPath] of itemsOf(raw, 'attributes', path, this.report)) {
      if (!isRecord(item) || item.taxonomy_term == null) continue; // a free value/label, not a category
      const category = categoryFromTerm(item.taxonomy_term, joinPath(itemPath, 'taxonomy_term'), this.report, { label: item.label });
      if (!category || this.categoryIds.has(category.id)) continue;
      this.categoryIds.add(category.id);
      this.categories.push(category);
    }
  }

  serviceAreasOf(raw: RawObject, path: string): void {
    for (const [item, itemPath] of itemsOf(raw, 'service_areas', path, this.report)) {
      const parsed = this.parse(serviceAreaEntity, item, itemPath);
      const area: ServiceArea = {};
      const name = line(parsed?.name) ?? line(parsed?.service_area);
      if (name) area.name = name;
      const description = paragraphs(parsed?.description);
      if (description) area.description = description;
      const key = JSON.stringify([name, description]);
      if ((name || description) && !this.serviceAreaKeys.has(key)) {
        this.serviceAreaKeys.add(key);
        this.serviceAreas.push(area);
      }
    }
  }

  private address(raw: RawObject, path: string): Address | undefined {
    const addresses = itemsOf(raw, 'addresses', path, this.report)
      .map(([item, itemPath]) => this.parse(addressEntity, item, itemPath))
      .filter((a) => a !== undefined);
    const type = (a: (typeof addresses)[number]) => a.address_type?.trim().toLowerCase();
    const chosen =
      addresses.find((a) => type(a) === 'physical') ??
      addresses.find((a) => type(a) === 'postal') ??
      addresses.find((a) => type(a) !== 'virtual');
    if (!chosen) return undefined;
    const address: Address = { lines: [line(chosen.address_1), line(chosen.address_2)].filter((l) => l !== undefined) };
    const city = line(chosen.city);
    if (city) address.city = city;
    const region = line(chosen.state_province) ?? line(chosen.region);
    if (region) address.region = region;
    const postalCode = line(chosen.postal_code);
    if (postalCode) address.postalCode = postalCode;
    const country = line(chosen.country);
    if (country) address.country = country.length === 2 ? country.toUpperCase() : country;
    return address.lines.length || city || postalCode ? address : undefined;
  }

  private coordinates(parsed: Parsed<typeof locationEntity>, path: string, location: ListingLocation): void {
    const { latitude, longitude } = parsed;
    if (latitude == null && longitude == null) return;
    if (latitude == null || longitude == null) {
      this.report(joinPath(path, latitude == null ? 'latitude' : 'longitude'), 'missing half of the coordinates; both dropped');
    } else if (!isPlausibleCoordinate(latitude, longitude)) {
      this.report(joinPath(path, 'latitude'), `impossible coordinates (${latitude}, ${longitude}); dropped`);
    } else {
      location.latitude = latitude;
      location.longitude = longitude;
    }
  }

  /**
   * One place where the service is offered, with the SAL's note for that place appended. A location seen
   * before (two SALs at one site) is returned as it is, with `added` false.
   */
  location(raw: unknown, path: string, fallbackId: string, note?: string): { location: ListingLocation; added: boolean } | undefined {
    const parsed = this.parse(locationEntity, raw, path);
    if (!parsed) return undefined;
    const rawLocation = raw as RawObject;
    const location: ListingLocation = {
      id: parsed.id ?? fallbackId,
      virtual: parsed.location_type?.trim().toLowerCase() === 'virtual',
      accessibility: [],
    };
    const seen = this.locationsById.get(location.id);
    if (seen) return { location: seen, added: false };
    const locationName = visibleName(parsed.name);
    if (locationName) location.name = locationName;
    const description = [paragraphs(parsed.description), note].filter(Boolean).join('\n\n');
    if (description) location.description = description;
    const address = this.address(rawLocation, path);
    if (address) location.address = address;
    this.coordinates(parsed, path, location);
    const url = this.web(parsed.url, joinPath(path, 'url'));
    if (url) location.url = url;
    const accessibility = new Set<string>();
    for (const [item, itemPath] of itemsOf(rawLocation, 'accessibility', path, this.report)) {
      const a = this.parse(accessibilityEntity, item, itemPath);
      const text = [paragraphs(a?.description ?? a?.accessibility), paragraphs(a?.details)].filter(Boolean).join(' ');
      if (text) accessibility.add(text);
    }
    location.accessibility = [...accessibility];
    const transportation = paragraphs(parsed.transportation);
    if (transportation) location.transportation = transportation;
    this.locations.push(location);
    this.locationsById.set(location.id, location);
    return { location, added: true };
  }

  /** The prices, and what the free-or-not test reads: each option's words and amount. */
  costOptions(raw: RawObject, path: string): { options: CostOption[]; texts: string[]; amounts: (number | undefined)[] } {
    const options: CostOption[] = [];
    const texts: string[] = [];
    const amounts: (number | undefined)[] = [];
    for (const [item, itemPath] of itemsOf(raw, 'cost_options', path, this.report)) {
      const parsed = this.parse(costOptionEntity, item, itemPath);
      if (!parsed) continue;
      texts.push(parsed.option ?? '', parsed.amount_description ?? '');
      amounts.push(parsed.amount ?? undefined);
      const option: CostOption = {};
      const label = line(parsed.option);
      if (label) option.option = label;
      const { amount } = parsed;
      if (amount != null && (amount < 0 || !Number.isFinite(amount))) this.report(joinPath(itemPath, 'amount'), `not a price: ${amount}; dropped`);
      else if (amount != null) option.amount = amount;
      const currency = parsed.currency?.trim();
      if (currency && /^[a-z]{3}$/i.test(currency)) option.currency = currency.toUpperCase();
      else if (currency) this.report(joinPath(itemPath, 'currency'), `not a 3-letter currency code: ${JSON.stringify(currency.slice(0, 20))}; dropped`);
      const amountDescription = line(parsed.amount_description);
      if (amountDescription) option.amountDescription = amountDescription;
      if (Object.keys(option).length) options.push(option);
    }
    return { options, texts, amounts };
  }

  requiredDocuments(raw: RawObject, path: string): RequiredDocument[] {
    const papers: RequiredDocument[] = [];
    for (const [item, itemPath] of itemsOf(raw, 'required_documents', path, this.report)) {
      const parsed = this.parse(requiredDocumentEntity, item, itemPath);
      const name = paragraphs(parsed?.['document']);
      if (!parsed || !name || this.placeholder(name, joinPath(itemPath, 'document'))) continue;
      const paper: RequiredDocument = { name };
      const url = this.web(parsed.uri, joinPath(itemPath, 'uri'));
      if (url) paper.url = url;
      if (!papers.some((known) => known.name === name)) papers.push(paper);
    }
    return papers;
  }

  links(raw: RawObject, path: string, known: readonly (string | undefined)[]): Link[] {
    const links: Link[] = [];
    for (const [item, itemPath] of itemsOf(raw, 'additional_urls', path, this.report)) {
      const parsed = this.parse(urlEntity, item, itemPath);
      const url = parsed && this.web(parsed.url, joinPath(itemPath, 'url'));
      // The service's or its organization's website again (as in 3.1's example) is no further page.
      if (!url || known.includes(url) || links.some((link) => link.url === url)) continue;
      const label = line(parsed.label);
      links.push(label ? { label, url } : { url });
    }
    return links;
  }

  paymentsAccepted(raw: RawObject, path: string): string[] {
    const payments = itemsOf(raw, 'payments_accepted', path, this.report)
      .map(([item, itemPath]) => line(this.parse(paymentAcceptedEntity, item, itemPath)?.payment))
      .filter((payment) => payment !== undefined);
    return [...new Set(payments)];
  }
}

function status(value: string | null | undefined): ListingStatus {
  const normalized = value?.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  return STATUSES.find((s) => s === normalized) ?? 'active';
}

const age = (value: number | null | undefined): number | undefined =>
  value != null && value >= 0 && value <= 150 ? value : undefined;

/**
 * Turns one raw HSDS service (3.0, 3.1, UK profile or legacy ORUK 1.0) into a Listing. Returns undefined
 * when the record has no usable id or name; every repair and omission is appended to `issues`.
 */
export function normalizeService(input: unknown, feedUrl: string, issues: FeedIssue[]): Listing | undefined {
  const rawId = isRecord(input) && (typeof input.id === 'string' || typeof input.id === 'number') ? String(input.id) : undefined;
  const report: Report = (path, message) => issues.push(rawId ? { recordId: rawId, path, message } : { path, message });
  const limited = withinLimits(input, report);
  if (!limited) return undefined;
  const raw = isRecord(limited.record) ? upgradeLegacyService(limited.record) : limited.record;
  const parsed = parseEntity(serviceEntity, raw, '', report);
  if (!parsed || !isRecord(raw)) return undefined;
  const listingName = visibleName(parsed.name);
  if (!listingName) {
    report('name', EMPTY_NAME);
    return undefined;
  }
  const build = new ListingBuilder(report);

  const organization = raw.organization == null ? undefined : build.organization(raw.organization, 'organization');
  const rawOrganization = isRecord(raw.organization) ? raw.organization : undefined;

  // Places: each service_at_location (and its location, with the SAL's note appended), then any
  // `locations` given directly on the service.
  type Place = { raw: RawObject; path: string; locationId?: string };
  const salPlaces: Place[] = [];
  const locationPlaces: Place[] = [];
  for (const [item, itemPath] of itemsOf(raw, 'service_at_locations', '', report)) {
    const sal = parseEntity(serviceAtLocationEntity, item, itemPath, report);
    if (!sal) continue;
    const rawSal = item as RawObject;
    const locationPath = joinPath(itemPath, 'location');
    const fallbackId = sal.id ?? `${parsed.id}:${itemPath}`;
    const place = rawSal.location == null ? undefined : build.location(rawSal.location, locationPath, fallbackId, paragraphs(sal.description));
    // Some servers add the distance from the searched postcode, in metres like the `proximity` parameter.
    if (place && sal.distance != null && sal.distance >= 0) place.location.distanceKm = sal.distance / 1000;
    salPlaces.push({ raw: rawSal, path: itemPath, locationId: place?.location.id });
    if (place?.added) locationPlaces.push({ raw: rawSal.location as RawObject, path: locationPath, locationId: place.location.id });
  }
  for (const [item, itemPath] of itemsOf(raw, 'locations', '', report)) {
    const place = build.location(item, itemPath, `${parsed.id}:${itemPath}`);
    if (place?.added) locationPlaces.push({ raw: item as RawObject, path: itemPath, locationId: place.location.id });
  }

  // Most specific first: service_at_location → location → service → organization (hsds.md merge table).
  for (const p of salPlaces) build.phonesOf(p.raw, p.path);
  for (const p of locationPlaces) build.phonesOf(p.raw, p.path);
  build.phonesOf(raw, '');
  if (rawOrganization) build.phonesOf(rawOrganization, 'organization');
  // Legacy UK feeds often put the only phone numbers on contacts.
  if (build.phones.length === 0) {
    for (const [contact, contactPath] of itemsOf(raw, 'contacts', '', report)) {
      if (isRecord(contact)) build.phonesOf(contact, contactPath);
    }
  }
  for (const p of salPlaces) build.schedulesOf(p.raw, p.path, 'service_at_location', p.locationId);
  for (const p of locationPlaces) build.schedulesOf(p.raw, p.path, 'location', p.locationId);
  build.schedulesOf(raw, '', 'service');
  build.languagesOf(raw, '');
  for (const p of locationPlaces) build.languagesOf(p.raw, p.path);
  build.categoriesOf(raw, '');
  for (const p of salPlaces) build.categoriesOf(p.raw, p.path);
  for (const p of locationPlaces) build.categoriesOf(p.raw, p.path);
  build.serviceAreasOf(raw, '');
  for (const p of salPlaces) build.serviceAreasOf(p.raw, p.path);
  build.contactsOf(raw, '');
  for (const p of salPlaces) build.contactsOf(p.raw, p.path);
  for (const p of locationPlaces) build.contactsOf(p.raw, p.path);

  const description = paragraphs(parsed.description) ?? organization?.description ?? '';
  const listing: Listing = {
    id: parsed.id,
    name: listingName,
    description,
    summary: summarize(description),
    status: status(parsed.status),
    locations: build.locations,
    phones: build.phones,
    languages: build.languages,
    categories: build.categories,
    schedules: build.schedules,
    serviceAreas: build.serviceAreas,
    source: { feed: feedUrl, id: parsed.id },
  };
  const alternateName = visibleName(parsed.alternate_name);
  if (alternateName) listing.alternateName = alternateName;
  const alert = paragraphs(parsed.alert);
  if (alert) listing.alert = alert;
  const eligibility = paragraphs(parsed.eligibility_description);
  if (eligibility) listing.eligibility = eligibility;
  const fees = paragraphs(parsed.fees_description) ?? paragraphs(parsed.fees); // `fees` is deprecated but still sent
  if (fees) listing.fees = fees;
  const applicationProcess = paragraphs(parsed.application_process);
  if (applicationProcess) listing.applicationProcess = applicationProcess;
  const interpretationServices = paragraphs(parsed.interpretation_services);
  if (interpretationServices) listing.interpretationServices = interpretationServices;
  const url = build.web(parsed.url, 'url');
  if (url) listing.url = url;
  const links = build.links(raw, '', [url, organization?.url]);
  if (links.length) listing.links = links;
  const email = build.email(parsed.email, 'email');
  if (email) listing.email = email;
  const assuredDate = /^\d{4}-\d{2}-\d{2}/.exec(parsed.assured_date ?? '')?.[0];
  if (assuredDate) listing.assuredDate = assuredDate;
  const lastModified = parsed.last_modified?.trim();
  if (lastModified) listing.lastModified = lastModified;
  if (organization) listing.organization = organization;
  const distances = build.locations.flatMap((l) => (l.distanceKm === undefined ? [] : [l.distanceKm]));
  // A loop, not Math.min(...distances): spreading 100,000 arguments overflows the stack.
  if (distances.length) listing.distanceKm = distances.reduce((nearest, d) => Math.min(nearest, d));
  const minimumAge = age(parsed.minimum_age);
  if (minimumAge !== undefined) listing.minimumAge = minimumAge;
  const maximumAge = age(parsed.maximum_age);
  if (maximumAge !== undefined) listing.maximumAge = maximumAge;
  const costs = build.costOptions(raw, '');
  if (costs.options.length) listing.costOptions = costs.options;
  const payments = build.paymentsAccepted(raw, '');
  if (payments.length) listing.paymentsAccepted = payments;
  const papers = build.requiredDocuments(raw, '');
  if (papers.length) listing.requiredDocuments = papers;
  if (build.contacts.length) listing.contacts = build.contacts;
  const free = isFree([parsed.fees_description ?? undefined, parsed.fees ?? undefined, ...costs.texts], costs.amounts);
  if (free !== undefined) listing.free = free;
  makeWellFormed(listing); // a lone surrogate anywhere would make encodeURIComponent throw when the card renders
  return listing;
}
