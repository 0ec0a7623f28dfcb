/** Small hand-written HSDS 3.1 services for tests that need specific content. */
export interface ServiceSeed {
  id: string;
  name: string;
  description?: string;
  categories?: { id: string; code?: string; name: string }[];
  languages?: { code?: string; name?: string }[];
  at?: { latitude: number; longitude: number; postcode?: string }[];
  fees?: string;
  organization?: string;
}

export function service(seed: ServiceSeed): Record<string, unknown> {
  return {
    id: seed.id,
    name: seed.name,
    status: 'active',
    description: seed.description ?? '',
    fees_description: seed.fees,
    organization: { id: `org-${seed.id}`, name: seed.organization ?? `Org of ${seed.name}`, description: '' },
    languages: seed.languages ?? [],
    attributes: (seed.categories ?? []).map((term) => ({ id: `attr-${term.id}`, taxonomy_term: { ...term, description: term.name } })),
    service_at_locations: (seed.at ?? []).map((point, i) => ({
      id: `${seed.id}-sal-${i}`,
      location: {
        id: `${seed.id}-loc-${i}`,
        location_type: 'physical',
        latitude: point.latitude,
        longitude: point.longitude,
        addresses: point.postcode ? [{ id: `${seed.id}-addr-${i}`, address_1: `${i} Main St`, city: 'Town', postal_code: point.postcode, address_type: 'physical' }] : [],
      },
    })),
  };
}

/** An HSDS 3 page envelope. */
export const page = (contents: unknown[], pageNumber = 1, total = contents.length, size = contents.length || 1) => ({
  total_items: total,
  total_pages: Math.ceil(total / size),
  page_number: pageNumber,
  size: contents.length,
  first_page: pageNumber === 1,
  last_page: pageNumber * size >= total,
  empty: contents.length === 0,
  contents,
});
