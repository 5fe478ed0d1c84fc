import { useEffect, useRef, useState } from 'react'
import { Button, Textarea } from 'suomifi-ui-components'

import { maxSupplementItems } from '../../../src/domain/supplement-batches'
import { useT } from '../i18n/useT'

/** Item fields shown before anything is written: enough for most requests without a script. */
const initialItems = 3

/**
 * The items of a supplement request, each a text area of its own (`item-1`, `item-2`…): the
 * customer answers each one separately. Without a script there are three; with one, "Add an
 * item" adds more up to the limit and moves focus to the new one. After a refused post
 * every written item is shown again.
 */
export const SupplementItemFields = ({
  valueOf,
  errorOf,
}: {
  valueOf: (field: string) => string
  errorOf: (field: string) => string | undefined
}) => {
  const t = useT('authority')
  const written = Array.from({ length: maxSupplementItems }, (_, index) => valueOf(`item-${index + 1}`))
  const writtenCount = written.reduce((last, value, index) => (value.trim() ? index + 1 : last), 0)
  const [count, setCount] = useState(Math.min(maxSupplementItems, Math.max(initialItems, writtenCount)))
  const [canAdd, setCanAdd] = useState(false)
  const added = useRef(false)
  const listRef = useRef<HTMLDivElement>(null)
  useEffect(() => setCanAdd(true), [])
  useEffect(() => {
    if (!added.current) return
    listRef.current?.querySelector<HTMLTextAreaElement>(`#supplement-item-${count}`)?.focus()
  }, [count])
  return (
    <div ref={listRef} className="supplement-item-fields">
      {Array.from({ length: count }, (_, index) => {
        const field = `item-${index + 1}`
        const error = errorOf(field)
        return (
          <Textarea
            key={field}
            id={`supplement-${field}`}
            name={field}
            labelText={t(index === 0 ? 'fields.item' : 'fields.itemOptional', { n: index + 1 })}
            hintText={index === 0 ? t('fields.itemsHint') : undefined}
            status={error ? 'error' : 'default'}
            statusText={error}
            defaultValue={written[index]}
            rows={3}
            fullWidth
            mb="m"
          />
        )
      })}
      {canAdd && count < maxSupplementItems && (
        <Button
          type="button"
          variant="secondary"
          id="supplement-add-item"
          mb="m"
          onClick={() => {
            added.current = true
            setCount((current) => current + 1)
          }}
        >
          {t('actions.supplement.addItem')}
        </Button>
      )}
    </div>
  )
}
