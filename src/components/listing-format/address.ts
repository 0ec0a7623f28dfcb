import type { Address } from '../../sdk/model.js';

/** One line, in the order US and most feeds write it: street, city, region and postal code. */
export function formatAddress(address: Address): string {
  const regionLine = [address.region, address.postalCode].filter(Boolean).join(' ');
  return [...address.lines, address.city, regionLine].filter(Boolean).join(', ');
}
