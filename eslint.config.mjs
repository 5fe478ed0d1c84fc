import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

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
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['portal/**/*.tsx', 'admin/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
)
