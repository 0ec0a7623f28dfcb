/** The Navigation API's part used here (not yet in TypeScript's DOM types). */
interface NavigateEvent extends Event {
  readonly destination: { readonly url: string };
  readonly cancelable: boolean;
}
type WindowWithNavigation = Window & { navigation?: EventTarget };

/**
 * Quick exit leaves the page at once, but in a frame it would leave only the frame, with the host page
 * still on screen. So when the directory leaves for its exit destination, the page that frames it leaves
 * instead: the visitor's key press or tap lets a frame navigate the page it is in. Without the Navigation
 * API (older browsers) the frame alone leaves, as before.
 */
export function exitWholePage(destination: string): void {
  const { navigation } = window as WindowWithNavigation;
  if (window.parent === window || !navigation) return;
  navigation.addEventListener('navigate', (event) => {
    const navigate = event as NavigateEvent;
    if (navigate.destination.url !== destination) return;
    if (navigate.cancelable) navigate.preventDefault();
    try {
      window.parent.location.replace(destination);
    } catch {
      // A sandboxed frame may not navigate its parent: the frame leaves instead.
      if (navigate.defaultPrevented) location.replace(destination);
    }
  });
}
