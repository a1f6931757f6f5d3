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

// The document and member pages are one page each, showing the data chunk their `?id=` names
// (loaders/site/pagePaths.ts); the old addresses /kallor/<id> and /medlemsdialog/<id> lead there.
const idParam = (id) => encodeURIComponent(id).replaceAll("%2F", "/");

/** The address of a document on Källor, at its line when given (#L12). */
export const documentHref = (documentId, line) =>
  `/kallor/dokument?id=${idParam(documentId)}${line ? `#L${line}` : ""}`;

/** The address of a member's Medlemsdialog page. */
export const memberHref = (memberId) => `/medlemsdialog/medlem?id=${idParam(memberId)}`;
