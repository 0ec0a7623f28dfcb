/**
 * `resource-directory/vue`: declares both elements for Vue 3 templates (vue-tsc and Volar), in the shape
 * Vue's guide gives custom elements: `$props` for the bindings and `$emit` for `@rd-…` listeners.
 * Tell Vue's compiler they are custom elements: `isCustomElement: (tag) => tag.startsWith('resource-')`.
 * Vue sets a binding as a property when the element has one, so bind booleans and objects by their
 * camelCase names (`:noSearch="true"`, `:crisisLines="lines"`), after the elements are defined.
 *
 *     import 'resource-directory/define';
 *     import type {} from 'resource-directory/vue';
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ResourceDirectoryCard } from '../components/card/card.js';
import type { ResourceDirectory } from '../components/directory/directory.js';
import type { ResourceCardEventMap, ResourceCardProperties, ResourceDirectoryEventMap, ResourceDirectoryProperties } from './element-props.js';

/** `@rd-results="…"` compiles to the prop `onRd-results`, as Vue names an emit's listener. */
type EventListenerProps<Events> = { [Name in keyof Events & string as `on${Capitalize<Name>}`]?: (event: Events[Name]) => void };

type VueCustomElement<Element extends HTMLElement, Properties, Events> = new () => Element & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: HTMLAttributes & PublicProps & Properties & EventListenerProps<Events>;
  /** @deprecated For template type checking only: not a method of the element. */
  $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;
};

export type ResourceDirectoryVueElement = VueCustomElement<ResourceDirectory, ResourceDirectoryProperties, ResourceDirectoryEventMap>;
export type ResourceCardVueElement = VueCustomElement<ResourceDirectoryCard, ResourceCardProperties, ResourceCardEventMap>;

declare module 'vue' {
  interface GlobalComponents {
    'resource-directory': ResourceDirectoryVueElement;
    'resource-card': ResourceCardVueElement;
  }
}
