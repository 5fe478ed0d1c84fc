import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const payloadAndReact = [
  'payload',
  'payload/*',
  '@payloadcms/*',
  'react',
  'react-dom',
  'react-router',
  'next',
  'next/*',
]

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'build/',
      'data/',
      'admin/.next/',
      'admin/next-env.d.ts',
      'admin/app/(payload)/admin/importMap.js',
      'src/payload-types.ts',
      'migrations/',
      'portal/.react-router/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-redundant-type-constituents': 'error',
    },
  },
  {
    // Tests build deliberately partial or wrong input; the rule also misreads defaulted parameters.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['portal/**/*.tsx', 'admin/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/plugins/**'],
              message: 'Core code reaches a plugin only through the config (registry, custom).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'plugins/*/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: payloadAndReact,
              message: 'Domain rules are plain TypeScript: no Payload, React or Next.',
            },
            {
              group: [
                '**/plugins/**',
                '**/collections/**',
                '**/connections/**',
                '**/server/**',
                '**/portal/**',
              ],
              allowTypeImports: true,
              message: 'Domain rules import other domain modules (and plain types) only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['portal/app/routes/**/*.ts', 'portal/app/routes/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!(models|components|i18n|styles)/[^/]+$)',
              message:
                'A route imports only models, components and i18n (server code lives in models/*.server.ts).',
            },
          ],
        },
      ],
    },
  },
  prettier,
)
