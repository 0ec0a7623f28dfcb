/**
 * What the proxy forwards, and nothing else: the 211 National Data Platform's search and details (with the key
 * added), FindTreatment.gov's locator rows. Each route names the query parameters and request headers it lets
 * through; everything else a caller sends is dropped.
 */
export type Upstream = 'ndp' | 'findtreatment';

export interface Route {
  upstream: Upstream;
  path: RegExp;
  params: readonly string[];
  headers: readonly string[];
  /** Sends the 211 key (NDP's `Api-Key` header). */
  keyed: boolean;
}

/** Search v2 takes everything but `keywords` and `location` as headers. */
export const NDP_SEARCH_HEADERS = [
  'locationMode',
  'distance',
  'orderByDistance',
  'skip',
  'size',
  'searchMode',
  'keywordIsTaxonomyCode',
  'keywordIsTaxonomyTerm',
  'taxonomyCodes',
  'taxonomyTerms',
  'targetTerms',
] as const;

export const ROUTES: readonly Route[] = [
  { upstream: 'ndp', path: /^\/resources\/v2\/search\/keyword$/, params: ['keywords', 'location'], headers: NDP_SEARCH_HEADERS, keyed: true },
  { upstream: 'ndp', path: /^\/resources\/v2\/query\/service-at-location-details\/[\w.~-]{1,128}$/, params: [], headers: [], keyed: true },
  {
    upstream: 'findtreatment',
    path: /^\/locator\/exportsAsJson\/v2$/,
    params: ['sAddr', 'limitType', 'limitValue', 'sType', 'sCodes', 'sLanguages', 'pageSize', 'page', 'sort'],
    headers: [],
    keyed: false,
  },
];

export const routeOf = (path: string): Route | undefined => ROUTES.find((route) => route.path.test(path));
