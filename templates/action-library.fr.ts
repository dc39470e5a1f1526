import type { LibraryTranslations } from './action-library-i18n';

/** The action library in French, entry by entry (keys of templates/action-library.ts). */
export const ACTION_LIBRARY_FR: LibraryTranslations = {
};
