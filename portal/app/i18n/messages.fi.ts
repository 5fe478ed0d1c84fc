import account from './account/fi.json'
import applications from './applications/fi.json'
import authority from './authority/fi.json'
import common from './fi.json'
import servicedesk from './servicedesk/fi.json'
import wizard from './wizard/fi.json'

/** Every UI string in one language, by namespace (one chunk per language for the browser). */
export const messages = { common, account, applications, wizard, authority, servicedesk }
