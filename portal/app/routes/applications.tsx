import { data } from 'react-router'

/** Not built yet. */
export const loader = () => {
  throw data(null, { status: 404 })
}
