// Page controls live in the address (?forbund=kalmar&ar=2024) so a view can be shared.
// Read a control's start value with urlValue, and write all of them back with syncUrl.

export function urlValue(key, allowed, fallback) {
  const value = new URLSearchParams(location.search).get(key);
  return value !== null && (!allowed || allowed.includes(value)) ? value : fallback;
}

/** Values equal to their default are left out of the address. */
export function syncUrl(values, defaults = {}) {
  const url = new URL(location.href);
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === defaults[key]) url.searchParams.delete(key);
    else url.searchParams.set(key, String(value));
  }
  history.replaceState(history.state, "", url);
}
