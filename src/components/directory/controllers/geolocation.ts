import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Localizer } from '../../../i18n/localize.js';

/** "Use my location": asks for the position only when pressed, and uses it rounded to about 1 km. */
export class Geolocation implements ReactiveController {
  /** Counts the requests, so only the latest is answered, and none once the directory has left the page. */
  #request = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: {
      localizer: Localizer;
      announce: (message: string) => void;
      /** The position found, as `near` takes it: "45.01,-123.01". */
      onPosition: (near: string) => void;
    },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#request++;
  }

  locate(): void {
    const { localizer, announce } = this.options;
    const request = ++this.#request;
    if (!navigator.geolocation) {
      announce(localizer.t('locationUnavailable'));
      return;
    }
    announce(localizer.t('locating'));
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        if (request !== this.#request) return;
        const round = (value: number) => Math.round(value * 100) / 100;
        this.options.onPosition(`${round(coords.latitude)},${round(coords.longitude)}`);
        announce(localizer.t('usingMyLocation'));
      },
      () => {
        if (request === this.#request) announce(localizer.t('locationUnavailable'));
      },
      { enableHighAccuracy: false, maximumAge: 600000, timeout: 15000 },
    );
  }
}
