/** The link to one entry of the corpus page. */
export const entryHref = (id: string) => `?id=${encodeURIComponent(id)}`;
