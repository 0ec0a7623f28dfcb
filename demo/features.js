// Logs the directories' events and picks a listing for the standalone card.
const log = document.getElementById('events');
for (const type of ['rd-search', 'rd-results', 'rd-error', 'rd-select', 'rd-action']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const detail = event.detail.error ? { error: String(event.detail.error.message ?? event.detail.error) } : event.detail;
    item.textContent = `${type} ${JSON.stringify(detail)}`;
    log.prepend(item);
  });
}

const response = await fetch('/hsds/services?search=crisis&per_page=1');
const page = await response.json();
if (page.contents?.[0]) document.getElementById('single').setAttribute('listing-id', page.contents[0].id);
