// Small line icons drawn for this widget on a 24-unit grid (stroke 2, round joins), in the text color.
// They sit beside a visible text label, in an `<svg aria-hidden="true">` the card writes in place with the
// drawing bound to one path's `d`: two DOM nodes per icon and no marker comments, on every card of a page.
const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
const PATHS = {
  call: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2',
  text: 'M4 5h16v11H10l-5 4v-4H4z',
  directions: 'M3 11 21 3l-8 18-2-8z',
  website: `${circle(12, 12, 9)}M3 12h18M12 3c3.5 3.5 3.5 14.5 0 18M12 3c-3.5 3.5-3.5 14.5 0 18`,
  email: 'M5 5h14a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2zm-2 2 9 6 9-6',
  share: `${circle(6, 12, 2.5)}${circle(18, 6, 2.5)}${circle(18, 18, 2.5)}M8.2 10.8l7.6-3.6M8.2 12.8l7.6 3.6`,
  save: 'M6 3h12v18l-6-4-6 4z',
  more: `${circle(5, 12, 1)}${circle(12, 12, 1)}${circle(19, 12, 1)}`,
  chevron: 'm6 9 6 6 6-6',
  clock: `${circle(12, 12, 9)}M12 7v5l3 2`,
  place: `M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11z${circle(12, 10, 2.5)}`,
} satisfies Record<string, string>;

export type IconName = keyof typeof PATHS;

/** An icon's drawing: the `d` of the one `<path>` in its `<svg>`. */
export const iconPath = (name: IconName): string => PATHS[name];
