/** The card's parts, exported through each `<resource-card>` so a page can style them from outside. */
export const CARD_PARTS = [
  'card', 'card-title', 'card-organization', 'card-status', 'card-alert', 'card-summary', 'card-contact',
  'card-actions', 'card-action', 'card-details-toggle', 'card-details', 'card-tags', 'card-freshness', 'card-hours',
  'card-primary', 'card-more',
].join(', ');
