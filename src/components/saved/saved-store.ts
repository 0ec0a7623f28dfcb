import type { Listing } from '../../sdk/model.js';
import { STORAGE_PREFIX } from '../quick-exit/quick-exit.js';

export const SAVED_KEY = `${STORAGE_PREFIX}saved`;
const listeners = new Set<() => void>();
let memory: Listing[] | undefined;

/** Turns what is stored (null when nothing is) into the listings to show. */
export type SavedListReader = (stored: string | null) => Listing[];

// The full check of each listing comes with the saved view, a lazy chunk; until then the list only gives the
// toolbar its count and the cards their "Saved" state, from entries with an id and a name.
const readIdsAndNames: SavedListReader = (stored) => {
  try {
    const parsed: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((item): item is Listing => typeof item?.id === 'string' && typeof item?.name === 'string') : [];
  } catch {
    return [];
  }
};
let readList = readIdsAndNames;

function readStored(): Listing[] {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(SAVED_KEY);
  } catch {
    // Storage disabled: nothing was saved.
  }
  return readList(stored);
}

const notify = () => listeners.forEach((listener) => listener());

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

  /**
   * Reads the stored list again with the full check of each listing, before it is shown; listeners hear of
   * it when that dropped anything (the count changes).
   */
  checkWith(reader: SavedListReader): void {
    if (readList === reader) return;
    readList = reader;
    const before = memory?.length;
    memory = readStored();
    if (before !== undefined && before !== memory.length) queueMicrotask(notify);
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

function write(listings: Listing[]): void {
  memory = listings;
  try {
    if (listings.length) localStorage.setItem(SAVED_KEY, JSON.stringify(listings));
    else localStorage.removeItem(SAVED_KEY);
  } catch {
    // Storage full or disabled: the list still works for this visit.
  }
  notify();
}

// Another tab saved or cleared (or quick exit removed the key): read it again.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key !== SAVED_KEY && event.key !== null) return;
  memory = undefined;
  notify();
});

/** Forgets the in-memory copy, e.g. after quick exit cleared storage. */
export function resetSavedStore(): void {
  memory = undefined;
}
