/**
 * localStorage that never throws. Browsers refuse storage in some privacy modes (every access
 * throws), and a full quota refuses a write; the site then keeps working for the visit.
 */

/** The stored text under `key`, or null when there is none or storage is unavailable. */
export function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value` under `key`; false when the browser refused (storage disabled or full). */
export function writeStorage(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes `key`; does nothing when storage is unavailable. */
export function removeStorage(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored can be removed where nothing can be stored.
  }
}
