import account from './account/en.json'
import applications from './applications/en.json'
import authority from './authority/en.json'
import common from './en.json'
import servicedesk from './servicedesk/en.json'
import wizard from './wizard/en.json'

/** Every UI string in one language, by namespace (one chunk per language for the browser). */
export const messages = { common, account, applications, wizard, authority, servicedesk }
