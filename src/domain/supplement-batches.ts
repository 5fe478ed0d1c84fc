/**
 * Supplement requests as the people reading them know them: the items an authority user
 * asked for together (one `batch`, one due date) are one request; a request made before
 * items had batches, or through the integration API one at a time, is a request of its own.
 */

/** Items in one request, at most. */
export const maxSupplementItems = 10

/** A requested item: one supplement request document, as a view. */
export type BatchedItem = { id: string; batch?: string | null }

/** One request: its items in the order given (the order they were asked in). */
export type SupplementBatch<Item extends BatchedItem> = { key: string; items: Item[] }

/** Groups requested items into requests, keeping the order of each request's first item. */
export const supplementBatchesOf = <Item extends BatchedItem>(items: Item[]): SupplementBatch<Item>[] => {
  const batches = new Map<string, Item[]>()
  for (const item of items) {
    const key = item.batch || `item-${item.id}`
    batches.set(key, [...(batches.get(key) ?? []), item])
  }
  return [...batches].map(([key, batchItems]) => ({ key, items: batchItems }))
}
