import type { BaseDatabaseAdapter, Where } from 'payload'

/** A query for one id, as Payload's own deletes ask: it needs no join, nor a lookup first. */
const isById = (where: Where) => {
  const keys = Object.keys(where)
  const id: unknown = where.id
  return keys.length === 1 && typeof id === 'object' && id !== null && Object.keys(id).join() === 'equals'
}

/**
 * Payload's SQL adapters (3.90) delete one record by looking it up with the query's joins,
 * and when that finds nothing they try again without the joins: a query on a relationship
 * held in a join table (a preference's `user.value`) then fails as SQL, and deleting a
 * preference that does not exist answered 500. Here the record is found first as `find`
 * finds it (nothing found: nothing deleted, null as the adapter answers) and deleted by id.
 */
export const findBeforeDeleteOne = (adapter: Pick<BaseDatabaseAdapter, 'deleteOne' | 'find'>) => {
  const deleteOne = adapter.deleteOne.bind(adapter)
  adapter.deleteOne = async (args) => {
    if (isById(args.where)) return deleteOne(args)
    const { docs } = await adapter.find({
      collection: args.collection,
      where: args.where,
      limit: 1,
      pagination: false,
      req: args.req,
    })
    const id: unknown = docs[0]?.id
    if (id === undefined) return null
    return deleteOne({ ...args, where: { id: { equals: id } } })
  }
}
