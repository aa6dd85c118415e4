/**
 * Addresses of react-admin lists with a filter already set, so each figure opens the records behind
 * it. Only filters the API's `*Filter` inputs accept are used.
 */
export function listLink(resource: string, filter: Record<string, string | number | boolean>): string {
  return `/${resource}?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}`;
}
