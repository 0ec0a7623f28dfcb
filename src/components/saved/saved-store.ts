import type { Listing } from '../../sdk/model.js';
import { STORAGE_PREFIX } from '../quick-exit/quick-exit.js';
import { readSavedListing } from './saved-listing.js';

const KEY = `${STORAGE_PREFIX}saved`;
const listeners = new Set<() => void>();
let memory: Listing[] | undefined;

/**
 * The visitor's saved listings, on this device only. Nothing is written until the visitor saves
 * something; clearing the list removes the key entirely. Listings are kept whole, so the saved list
 * (and its printed sheet) works when the feed is down.
 */
export const savedStore = {
  list(): Listing[] {
    memory ??= readStored();
    return memory;
  },

  has(id: string): boolean {
    return this.list().some((listing) => listing.id === id);
  },

  save(listing: Listing): void {
    if (!this.has(listing.id)) write([...this.list(), listing]);
  },

  remove(id: string): void {
    write(this.list().filter((listing) => listing.id !== id));
  },

  clear(): void {
    write([]);
  },

  /** Calls back whenever the list changes, in this page or another tab; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * The stored list, healed: what cannot be shown is dropped with one console warning, and the healed list is
 * written back so the same bad entry is not met on every later visit.
 */
function readStored(): Listing[] {
  let stored: string | null = null;
  let parsed: unknown;
  try {
    stored = localStorage.getItem(KEY);
    parsed = JSON.parse(stored ?? '[]');
  } catch {
    parsed = undefined; // storage blocked, or not JSON at all
  }
  const entries = Array.isArray(parsed) ? parsed : [];
  const listings = entries.map(readSavedListing).filter((listing) => listing !== undefined);
  const dropped = entries.length - listings.length;
  if (stored !== null && JSON.stringify(listings) !== JSON.stringify(parsed)) {
    console.warn(
      Array.isArray(parsed)
        ? `<resource-directory>: repaired the saved list in localStorage ("${KEY}"): ${dropped} of ${entries.length} listings could not be shown and were removed, and fields of the wrong type were dropped.`
        : `<resource-directory>: the saved list in localStorage ("${KEY}") was not a list of listings; it was removed.`,
    );
    try {
      if (listings.length) localStorage.setItem(KEY, JSON.stringify(listings));
      else localStorage.removeItem(KEY);
    } catch {
      // Storage full or disabled: the healed list still works for this visit.
    }
  }
  return listings;
}

function write(listings: Listing[]): void {
  memory = listings;
  try {
    if (listings.length) localStorage.setItem(KEY, JSON.stringify(listings));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage full or disabled: the list still works for this visit.
  }
  for (const listener of listeners) listener();
}

// Another tab saved or cleared (or quick exit removed the key): read it again.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key !== KEY && event.key !== null) return;
  memory = undefined;
  for (const listener of listeners) listener();
});

/** Forgets the in-memory copy, e.g. after quick exit cleared storage. */
export function resetSavedStore(): void {
  memory = undefined;
}
