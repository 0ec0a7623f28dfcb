// The npm entry: element classes and the SDK's public surface, with no side effects (import
// `resource-directory/define` to register the tags).
export { ResourceDirectory } from './components/directory/directory.js';
export { ResourceDirectoryCard } from './components/card/card.js';
export { registerTranslation } from './i18n/localize.js';
export type { Translation } from './i18n/translations/en.js';
export * from './sdk/index.js';
