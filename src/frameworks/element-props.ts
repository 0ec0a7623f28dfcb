/**
 * The two elements' attributes, properties and events as types, for framework typings (React, Vue, Svelte,
 * Solid …): each is derived from the classes and the config, so a new attribute cannot be forgotten here.
 */
import type { ResourceDirectoryCard } from '../components/card/card.js';
import type { ResourceDirectory } from '../components/directory/directory.js';
import type { ResourceDirectoryConfig } from '../config.js';
import type { ResourceCardEventMap, ResourceDirectoryEventMap } from '../events/events.js';

/** `pageSize` → `page-size`, as `attributeOf` spells it at run time. */
type KebabCase<Name extends string> = Name extends `${infer First}${infer Rest}`
  ? `${First extends Lowercase<First> ? First : `-${Lowercase<First>}`}${KebabCase<Rest>}`
  : Name;

/** What an attribute takes: a number also as its text (`page-size="20"`), a boolean as present or absent. */
type AttributeValue<Value> = Value extends number ? number | `${number}` : Value;

type AttributesOf<Element, Key extends keyof Element & string> = { [Name in Key as KebabCase<Name>]?: AttributeValue<NonNullable<Element[Name]>> };

/** `<resource-directory>`'s attributes, kebab-case, the same set `window.ResourceDirectoryConfig` takes. */
export type ResourceDirectoryAttributes = AttributesOf<ResourceDirectoryConfig, keyof ResourceDirectoryConfig>;

/** `<resource-directory>`'s properties, camelCase: every attribute's, and the objects only a property can hold. */
export type ResourceDirectoryProperties = Partial<
  Pick<ResourceDirectory, Exclude<keyof ResourceDirectoryConfig, 'lang'> | 'crisisLines' | 'client' | 'geocode' | 'vocabulary'>
>;

type CardAttributeName = 'feed' | 'listingId' | 'layout' | 'headingLevel' | 'mapProvider' | 'staleAfterMonths' | 'units' | 'reportUrl' | 'feedLang';

/** `<resource-card>`'s attributes, kebab-case. */
export type ResourceCardAttributes = AttributesOf<ResourceDirectoryCard, CardAttributeName>;

/** `<resource-card>`'s properties, camelCase. */
export type ResourceCardProperties = Partial<Pick<ResourceDirectoryCard, CardAttributeName | 'listing' | 'client' | 'announce'>>;

export type { ResourceCardEventMap, ResourceDirectoryEventMap };
