// The npm entry: element classes and the SDK's public surface, with no side effects (import
// `resource-directory/define` to register the tags).
export { ResourceDirectory } from './components/directory/directory.js';
export { ResourceDirectoryCard } from './components/card/card.js';
export {
  ResourceDirectoryActionEvent,
  ResourceDirectoryErrorEvent,
  ResourceDirectoryLanguageEvent,
  ResourceDirectoryResultsEvent,
  ResourceDirectorySearchEvent,
  ResourceDirectorySelectEvent,
} from './events/events.js';
export type {
  ListingAction,
  ResourceDirectoryActionDetail,
  ResourceDirectoryErrorDetail,
  ResourceDirectoryLanguageDetail,
  ResourceDirectoryResultsDetail,
  ResourceDirectorySearchDetail,
  ResourceDirectorySelectDetail,
  SearchQuery,
} from './events/events.js';
export type {
  ResourceCardAttributes,
  ResourceCardEventMap,
  ResourceCardProperties,
  ResourceDirectoryAttributes,
  ResourceDirectoryEventMap,
  ResourceDirectoryProperties,
} from './frameworks/element-props.js';
export type { ResourceDirectoryConfig } from './config.js';
export type { CustomCrisisLine } from './components/crisis/crisis-lines.js';
export type { MapProvider } from './components/card/directions.js';
export { registerTranslation } from './i18n/localize.js';
export type { Translation } from './i18n/translations/en.js';
export * from './sdk/index.js';
