import type { Listing } from '../../sdk/model.js';

export type GroupKind = 'peer' | 'professional' | 'online' | 'inPerson';

const PEER = /\bpeer\b|peer[- ](led|run|support)|mutual aid|self[- ]help|12[- ]step/i;
const PROFESSIONAL = /profession|clinician|therapist[- ]led|facilitated by (a )?(licensed|trained) (counsel|therap|clinic)/i;
const ONLINE = /\bonline\b|\bvirtual\b|telehealth|video/i;
const IN_PERSON = /in[- ]person/i;

/**
 * What the feed says about how a group is run and attended, from its category terms (names and codes)
 * and its locations. Nothing is guessed from the description: a wrong "peer-led" label misleads.
 */
export function groupKinds(listing: Listing): GroupKind[] {
  const terms = listing.categories.map((category) => `${category.name} ${category.code ?? ''}`);
  const kinds: GroupKind[] = [];
  if (terms.some((term) => PEER.test(term) || /\bSG-PEER\b/i.test(term))) kinds.push('peer');
  if (terms.some((term) => PROFESSIONAL.test(term) || /\bSG-PRO\b/i.test(term))) kinds.push('professional');
  const online = listing.locations.some((location) => location.virtual) || terms.some((term) => ONLINE.test(term));
  const inPerson = listing.locations.some((location) => !location.virtual && location.address) || terms.some((term) => IN_PERSON.test(term));
  if (online) kinds.push('online');
  if (inPerson && (online || kinds.length)) kinds.push('inPerson');
  return kinds;
}
