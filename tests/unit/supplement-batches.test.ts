import { describe, expect, it } from 'vitest'

import { supplementBatchesOf } from '../../src/domain/supplement-batches'

describe('supplementBatchesOf', () => {
  it('should make the items asked for together one request, in the order they were asked', () => {
    const batches = supplementBatchesOf([
      { id: '1', batch: 'a' },
      { id: '2', batch: 'b' },
      { id: '3', batch: 'a' },
      { id: '4', batch: 'b' },
    ])
    expect(batches.map((batch) => [batch.key, batch.items.map((item) => item.id)])).toEqual([
      ['a', ['1', '3']],
      ['b', ['2', '4']],
    ])
  })

  it('should keep each item without a batch a request of its own', () => {
    const batches = supplementBatchesOf([{ id: '1', batch: null }, { id: '2' }, { id: '3', batch: '' }])
    expect(batches.map((batch) => batch.items.map((item) => item.id))).toEqual([['1'], ['2'], ['3']])
  })

  it('should answer no requests for no items', () => {
    expect(supplementBatchesOf([])).toEqual([])
  })
})
