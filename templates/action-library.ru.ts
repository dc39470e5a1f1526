import type { LibraryTranslations } from './action-library-i18n';

/** The action library in Russian, entry by entry (keys of templates/action-library.ts). */
export const ACTION_LIBRARY_RU: LibraryTranslations = {
};
