/** A postcode as compared: upper case, letters and digits only. */
export const postcodeKey = (postcode: string): string => postcode.toUpperCase().replace(/[^A-Z\d]/g, '');

/** UK outward code ("AB1 2CD" → "AB1") or US ZIP5 ("12345-6789" → "12345"): the area around a postcode. */
export const postcodeArea = (key: string): string => (/^\d{5}/.test(key) ? key.slice(0, 5) : key.length > 4 ? key.slice(0, -3) : key);

/** Whether addresses elsewhere in a postcode's area can place it when none has the postcode itself. */
export const hasWiderArea = (postcode: string): boolean => postcodeArea(postcodeKey(postcode)) !== postcodeKey(postcode);
