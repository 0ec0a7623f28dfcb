/**
 * `resource-directory/react`: types both elements in React 19 JSX. React 19 sets a prop as a property when
 * the element has one (so define the elements before rendering) and as an attribute otherwise (`true` as an
 * empty attribute, `false` as none); a prop `onrd-results` listens to `rd-results`.
 *
 *     import 'resource-directory/define';
 *     import type {} from 'resource-directory/react';
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ResourceDirectoryCard } from '../components/card/card.js';
import type { ResourceDirectory } from '../components/directory/directory.js';
import type {
  ResourceCardAttributes,
  ResourceCardEventMap,
  ResourceCardProperties,
  ResourceDirectoryAttributes,
  ResourceDirectoryEventMap,
  ResourceDirectoryProperties,
} from './element-props.js';

/** `onrd-results={(event) => …}`: React 19 listens to the event named after `on`, typed by the map. */
type EventHandlerProps<Events> = { [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void };

/** React's own props (`ref`, `key`, `children`, `className`, `style`, ARIA …), `class`, and the element's. */
type CustomElementProps<Element extends HTMLElement, Attributes, Properties, Events> = DetailedHTMLProps<HTMLAttributes<Element>, Element> &
  Attributes &
  Properties &
  EventHandlerProps<Events> & { class?: string };

export type ResourceDirectoryReactProps = CustomElementProps<ResourceDirectory, ResourceDirectoryAttributes, ResourceDirectoryProperties, ResourceDirectoryEventMap>;
export type ResourceCardReactProps = CustomElementProps<ResourceDirectoryCard, ResourceCardAttributes, ResourceCardProperties, ResourceCardEventMap>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'resource-directory': ResourceDirectoryReactProps;
      'resource-card': ResourceCardReactProps;
    }
  }
}
