import account from './account/sv.json'
import applications from './applications/sv.json'
import authority from './authority/sv.json'
import common from './sv.json'
import servicedesk from './servicedesk/sv.json'
import wizard from './wizard/sv.json'

/** Every UI string in one language, by namespace (one chunk per language for the browser). */
export const messages = { common, account, applications, wizard, authority, servicedesk }
