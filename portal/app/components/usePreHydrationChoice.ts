import { useEffect, useState } from 'react'

/** True until the first render in the browser has been committed. */
let isHydrating = typeof document !== 'undefined'

/**
 * The values chosen in a group of radio buttons or checkboxes. The Suomi.fi components
 * control their inputs, so hydration would undo a choice made while the scripts were still
 * loading (the page works before them). During hydration the state therefore starts from
 * what the page shows; afterwards (client-side navigations) from the server's values.
 */
export const usePreHydrationChoice = (name: string, serverValues: string[]) => {
  const [values, setValues] = useState<string[]>(() => {
    if (!isHydrating) return serverValues
    const inputs = [...document.querySelectorAll<HTMLInputElement>('input')].filter(
      (input) => input.name === name,
    )
    return inputs.length > 0
      ? inputs.filter((input) => input.checked).map((input) => input.value)
      : serverValues
  })
  useEffect(() => {
    isHydrating = false
  }, [])
  return [values, setValues] as const
}
