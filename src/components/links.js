// Addresses from the data that become links: only http(s), so a `javascript:` or `data:`
// address stored by mistake (or on purpose) can never run when someone clicks it.

/** The address as a string when it is an absolute http(s) URL, otherwise null. */
export function httpUrl(value) {
  if (typeof value !== "string") return null;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}
