import { listBundles } from '../models/bundles.server'
import type { Route } from './+types/home'

export const meta: Route.MetaFunction = () => [{ title: 'Lupa – luvat ja valvonta' }]

export const loader = async ({ context }: Route.LoaderArgs) => ({
  bundles: await listBundles({ payload: context.payload, locale: 'fi' }),
})

export default function Home({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <h1>Mitä olet suunnittelemassa?</h1>
      <p>Selvitä, mitä lupia ja ilmoituksia tarvitset, ja hae kaikkia kerralla.</p>
      <ul className="bundles">
        {loaderData.bundles.map((bundle) => (
          <li key={bundle.key} className="bundle">
            <h2>{bundle.name}</h2>
            <p>{bundle.description}</p>
            <p>{bundle.permitCount} lupaa tai ilmoitusta</p>
          </li>
        ))}
      </ul>
    </>
  )
}
