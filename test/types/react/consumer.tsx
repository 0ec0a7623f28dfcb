// A strict React 19 app: `resource-directory/react` types both elements in JSX.
import { useRef, useState } from 'react';
import 'resource-directory/define';
import type {} from 'resource-directory/react';
import type { CustomCrisisLine, ResourceDirectory, ResourceDirectoryResultsEvent } from 'resource-directory';

const warmline: CustomCrisisLine[] = [{ name: 'Warmline', phone: '+1 503 555 0100' }];

export function HelpNearby() {
  const directory = useRef<ResourceDirectory>(null);
  const [total, setTotal] = useState(0);
  const onResults = (event: ResourceDirectoryResultsEvent) => setTotal(event.detail.total);
  return (
    <>
      <p>{total} services</p>
      <resource-directory
        ref={directory}
        feed="https://example.org/hsds/"
        categories="food,housing"
        page-size="20"
        ui-languages="en,es"
        quick-exit
        layout="grid"
        crisisLines={warmline}
        className="help"
        onrd-results={onResults}
        onrd-action={(event) => console.log(event.detail.action, event.detail.listingId)}
      >
        <h2 slot="header">Find help near you</h2>
      </resource-directory>
    </>
  );
}

export function OneListing() {
  return (
    <resource-card
      class="featured"
      feed="https://example.org/hsds/"
      listing-id="svc-1"
      heading-level={3}
      onrd-select={(event) => console.log(event.detail.listingId)}
    />
  );
}

export function Languages() {
  return <resource-directory no-filters={false} ui-languages="en,es,vi" onrd-language={(event) => console.log(event.detail.lang)} />;
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error: layout is 'list', 'grid' or 'compact' */}
      <resource-directory layout="table" />
      {/* @ts-expect-error: page-size is a number */}
      <resource-directory page-size="many" />
      {/* @ts-expect-error: the results detail has `total`, not `count` */}
      <resource-directory onrd-results={(event) => event.detail.count} />
      {/* @ts-expect-error: a card's rd-select detail is the listing id alone */}
      <resource-card onrd-select={(event) => event.detail.action} />
    </>
  );
}
