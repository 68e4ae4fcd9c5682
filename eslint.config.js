import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * Code flows one way: lib/components/config/i18n -> features -> app. Features never import each other.
 * server/ and sandbox/ never import src/ nor each other.
 */
const FEATURES = ['auth', 'attendee-types', 'tax-invoices', 'opportunities', 'po-receipts'];
const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features never import each other; move shared code to src/lib or src/components.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', '.data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.app.json', 'tsconfig.node.json', 'tsconfig.e2e.json'], noWarnOnMultipleProjects: true })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            { target: ['./src/lib', './src/components', './src/config', './src/i18n'], from: ['./src/features', './src/app'], message: 'Shared code must not depend on features or the app.' },
            { target: './src/features', from: './src/app', message: 'Features must not depend on the app layer.' },
            { target: ['./server', './sandbox'], from: './src', message: 'The gateway and the sandbox never import the app.' },
            { target: './server', from: './sandbox', message: 'The gateway never imports the sandbox (it must work against real Concur).' },
            { target: './sandbox', from: './server', message: 'The sandbox never imports the gateway.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { react, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, '@tanstack/query': pluginQuery },
    languageOptions: { globals: { ...globals.browser } },
    settings: { react: { version: '19.2' } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      ...pluginQuery.configs['flat/recommended'][0].rules,
      // Dialogs move focus to their safest button (WAI-ARIA dialog pattern) through MUI's autoFocus; DOM autofocus stays banned.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
      'react/no-danger': 'error',
      'react/jsx-no-target-blank': 'error',
      'react/prop-types': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='fetch']", message: 'HTTP belongs in src/lib (the Concur client or the auth session), not in features or components.' },
      ],
    },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/testing/**/*.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['server/**/*.ts', 'sandbox/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
