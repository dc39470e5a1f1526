/** The largest signed adoption document accepted (a scanned, signed decree can be large). */
export const SIGNED_DOCUMENT_LIMIT_BYTES = 20 * 1024 * 1024;
