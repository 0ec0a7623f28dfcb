import { expect } from '@open-wc/testing';
import { Geolocation } from '../../../../src/components/directory/controllers/geolocation.js';
import { viewHost } from '../../../support/view-host.js';

type Answer = { position?: { latitude: number; longitude: number } };

/** Replaces the browser's geolocation with one that answers when told to, and counts the questions. */
function fakeGeolocation(): { asked: number; answer: (answer: Answer) => void; restore: () => void } {
  let pending: ((answer: Answer) => void)[] = [];
  const fake = {
    asked: 0,
    answer: (answer: Answer) => {
      for (const reply of pending) reply(answer);
      pending = [];
    },
    restore: () => delete (navigator as { geolocation?: unknown }).geolocation,
  };
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition(success: PositionCallback, failure: PositionErrorCallback) {
        fake.asked++;
        pending.push(({ position }) => (position ? success({ coords: position } as GeolocationPosition) : failure({} as GeolocationPositionError)));
      },
    },
  });
  return fake;
}

describe('Geolocation', () => {
  it('asks only when pressed, rounds the position to about 1 km, and says what it is doing', async () => {
    const geolocation = fakeGeolocation();
    try {
      const said: string[] = [];
      const found: string[] = [];
      const host = await viewHost(() => '');
      const locator = new Geolocation(host, { localizer: host.localizer, announce: (message) => said.push(message), onPosition: (near) => found.push(near) });
      expect(geolocation.asked).to.equal(0);
      locator.locate();
      geolocation.answer({ position: { latitude: 45.01234, longitude: -123.04567 } });
      expect(found).to.deep.equal(['45.01,-123.05']);
      expect(said).to.deep.equal(['Finding your location…', 'Using your approximate location']);
      locator.locate();
      geolocation.answer({});
      expect(said.at(-1)).to.equal('Your location is not available. Enter a ZIP code instead.');
    } finally {
      geolocation.restore();
    }
  });

  it('drops an answer that comes after the directory left the page, or after a newer question', async () => {
    const geolocation = fakeGeolocation();
    try {
      const found: string[] = [];
      const host = await viewHost(() => '');
      const locator = new Geolocation(host, { localizer: host.localizer, announce: () => undefined, onPosition: (near) => found.push(near) });
      locator.locate();
      locator.locate();
      geolocation.answer({ position: { latitude: 1, longitude: 2 } });
      expect(found).to.deep.equal(['1,2']);
      locator.locate();
      host.remove();
      geolocation.answer({ position: { latitude: 3, longitude: 4 } });
      expect(found).to.deep.equal(['1,2']);
    } finally {
      geolocation.restore();
    }
  });
});
