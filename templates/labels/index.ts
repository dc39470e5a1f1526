import { en } from './en';
import { fr } from './fr';
import { Labels } from './labels';
import { ru } from './ru';

export type { Labels } from './labels';
export const DOCUMENT_LANGUAGES = ['en', 'fr', 'ru'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];
export const LABELS: Record<DocumentLanguage, Labels> = { en, fr, ru };
