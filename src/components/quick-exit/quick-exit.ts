import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Everything the widget may keep on the device starts with this (saved list, opt-in offline cache). */
export const STORAGE_PREFIX = 'resource-directory:';

const PRESSES = 3;
const WINDOW_MS = 1000;

/** Removes every key the widget wrote, from local and session storage; storage errors are ignored. */
export function clearWidgetStorage(): void {
  for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
    try {
      for (const key of Object.keys(storage)) if (key.startsWith(STORAGE_PREFIX)) storage.removeItem(key);
    } catch {
      // Storage can be disabled or throw in private modes; there is then nothing of ours in it.
    }
  }
}

/** A neutral destination by default; only http(s) URLs are accepted. */
export function exitDestination(url: string | undefined): string {
  try {
    const parsed = new URL(url ?? '', location.href);
    if (url && (parsed.protocol === 'https:' || parsed.protocol === 'http:')) return parsed.href;
  } catch {
    // fall back below
  }
  return 'https://www.weather.gov/';
}

/**
 * The GOV.UK "Exit this page" pattern for an embed: leave at once for a neutral page, replacing the
 * current history entry so Back does not return here, after clearing what the widget stored. Shift
 * pressed three times within a second does the same from anywhere on the page.
 */
export class QuickExitController implements ReactiveController {
  #presses: number[] = [];
  #enabled: () => boolean;
  #destination: () => string | undefined;

  constructor(host: ReactiveControllerHost, options: { enabled: () => boolean; destination: () => string | undefined }) {
    this.#enabled = options.enabled;
    this.#destination = options.destination;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onKeydown, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onKeydown, true);
  }

  exit(): void {
    clearWidgetStorage();
    location.replace(exitDestination(this.#destination()));
  }

  #onKeydown = (event: KeyboardEvent): void => {
    if (!this.#enabled() || event.repeat) return;
    if (event.key !== 'Shift') {
      this.#presses = []; // only Shift on its own counts, as in the GOV.UK pattern
      return;
    }
    const now = event.timeStamp;
    this.#presses = [...this.#presses.filter((time) => now - time < WINDOW_MS), now];
    if (this.#presses.length >= PRESSES) {
      this.#presses = [];
      this.exit();
    }
  };
}
