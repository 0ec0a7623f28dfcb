import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openFrame } from '../support/frame.js';

async function openPage(): Promise<HTMLIFrameElement> {
  const frame = await openFrame('/test/embed/pages/quick-exit.html');
  const win = frame.contentWindow!;
  await waitUntil(() => win.document.querySelector('resource-directory')?.shadowRoot?.querySelector('[part="quick-exit"]'), 'button');
  win.localStorage.setItem('resource-directory:saved', '["x"]');
  win.localStorage.setItem('host-page-setting', 'keep me');
  return frame;
}

const path = (frame: HTMLIFrameElement) => frame.contentWindow!.location.pathname;

describe('quick exit', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('leaves from the keyboard for the neutral page with location.replace, clearing only what the widget stored', async () => {
    const frame = await openPage();
    const historyLength = frame.contentWindow!.history.length;
    const button = frame.contentWindow!.document.querySelector('resource-directory')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="quick-exit"]')!;
    const left = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.focus();
    button.focus();
    await sendKeys({ press: 'Enter' }); // a real key press: with user activation, a plain navigation would add history
    await left;
    expect(path(frame)).to.equal('/test/embed/pages/neutral.html');
    expect(frame.contentWindow!.history.length).to.equal(historyLength);
    expect(frame.contentWindow!.localStorage.getItem('resource-directory:saved')).to.equal(null);
    expect(frame.contentWindow!.localStorage.getItem('host-page-setting')).to.equal('keep me');
    frame.contentWindow!.localStorage.clear();
  });

  it('leaves when Shift is pressed three times, from anywhere on the page', async () => {
    const frame = await openPage();
    frame.focus();
    frame.contentWindow!.document.getElementById('host-content')!.setAttribute('tabindex', '-1');
    frame.contentWindow!.document.getElementById('host-content')!.focus();
    const left = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await left;
    expect(path(frame)).to.equal('/test/embed/pages/neutral.html');
    frame.contentWindow!.localStorage.clear();
  });

  it('does not leave when other keys come between the Shift presses', async () => {
    const frame = await openPage();
    frame.focus();
    frame.contentWindow!.document.getElementById('host-content')!.setAttribute('tabindex', '-1');
    frame.contentWindow!.document.getElementById('host-content')!.focus();
    for (const key of ['Shift', 'A', 'Shift', 'B', 'Shift']) await sendKeys({ press: key });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(path(frame)).to.equal('/test/embed/pages/quick-exit.html');
    frame.contentWindow!.localStorage.clear();
  });
});
